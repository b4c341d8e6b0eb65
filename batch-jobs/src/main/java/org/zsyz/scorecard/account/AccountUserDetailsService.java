package org.zsyz.scorecard.account;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.store.account.PortalAccount;
import org.zsyz.scorecard.store.account.PortalAccountMapper;

/** Reads a portal account for a login; an account whose lock time has not passed reads as locked. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final PortalAccountMapper accounts;
    private final Clock clock;

    public AccountUserDetailsService(PortalAccountMapper accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PortalAccount account = username == null ? null : accounts.findByUsername(username);
        if (account == null) {
            throw new UsernameNotFoundException("no such account");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(now);
        return new PortalUser(account, locked);
    }
}
