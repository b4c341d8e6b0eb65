package org.zsyz.scorecard.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login with throttling, two ways: per account, {@code loginMaxAttempts} wrong passwords in a row lock it for
 * {@code loginLockTime} (kept in the database, so a restart does not lift it; while locked even the right password
 * is refused); per address, {@code addressMaxAttempts} failed logins within {@code addressWindow} refuse that
 * address for the rest of the window whatever user name it tries (kept in memory).
 */
@Component
public class LoginThrottle implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** An address that failed too often: refused before any password is checked. */
    public static class AddressThrottledException extends LockedException {
        private static final long serialVersionUID = 1L;

        public AddressThrottledException(String message) {
            super(message);
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final PortalAccountMapper accounts;
    private final PortalProperties settings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    public LoginThrottle(AccountUserDetailsService users, PortalAccountMapper accounts, PortalProperties settings,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(AccountService.passwordEncoder());
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "-";
        if (addressBlocked(address)) {
            log.warn("Login refused: too many failed logins from {}", address);
            throw new AddressThrottledException("too many failed logins from " + address);
        }
        String username = authentication.getName();
        try {
            Authentication done = passwords.authenticate(authentication);
            accounts.resetFailures(username);
            return done;
        } catch (BadCredentialsException e) {
            recordAddressFailure(address);
            LocalDateTime until = LocalDateTime.now(clock).plus(settings.loginLockTime()).withNano(0);
            accounts.recordFailure(username, settings.loginMaxAttempts(), until);
            log.warn("Login failed for '{}' from {}", username, address);
            throw e;
        } catch (LockedException e) {
            recordAddressFailure(address);
            log.warn("Login refused: account '{}' is locked (from {})", username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private boolean addressBlocked(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures);
            return failures.size() >= settings.addressMaxAttempts();
        }
    }

    private void recordAddressFailure(String address) {
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures);
            failures.addLast(clock.instant());
        }
        if (failuresByAddress.size() > 10_000) {
            failuresByAddress.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> failures) {
        Instant since = clock.instant().minus(settings.addressWindow());
        while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
            failures.removeFirst();
        }
    }
}
