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
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.audit.AuditActor;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.store.account.PortalAccount;
import org.zsyz.scorecard.store.account.PortalAccountMapper;

/**
 * Login with throttling, two ways: per account, {@code loginMaxAttempts} wrong passwords in a row lock it for
 * {@code loginLockTime} (kept in the database, so a restart does not lift it; while locked even the right password
 * is refused); per address, {@code addressMaxAttempts} failed logins within {@code addressWindow} refuse that
 * address for the rest of the window whatever user name it tries (kept in memory). A user name that has no
 * account is locked the same way (in memory), so the answers never tell an existing account from an unknown name.
 * The address is the client's as {@link ClientAddress} reads it (behind a trusted proxy, from X-Forwarded-For).
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
    private final AuditTrail audit;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Map<String, UnknownName> unknownNames = new ConcurrentHashMap<>();

    /** Wrong logins in a row under a user name that has no account, and until when it reads as locked. */
    private record UnknownName(int failures, Instant lockedUntil) {}

    public LoginThrottle(
            AccountUserDetailsService users,
            PortalAccountMapper accounts,
            PortalProperties settings,
            Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(AccountService.passwordEncoder());
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "-";
        if (addressBlocked(address)) {
            log.warn("Login refused: too many failed logins from {}", address);
            failed(authentication.getName(), address, "该地址失败次数过多，暂停登录");
            throw new AddressThrottledException("too many failed logins from " + address);
        }
        String username = authentication.getName();
        PortalAccount account = username == null ? null : accounts.findByUsername(username);
        boolean known = account != null;
        try {
            if (!known && unknownNameLocked(username)) {
                throw new LockedException("no such account, and locked like one");
            }
            Authentication done = passwords.authenticate(authentication);
            accounts.resetFailures(username);
            audit.record(
                    new AuditActor(username, account.role(), address),
                    AuditAction.LOGIN,
                    null,
                    account.unitCode(),
                    "账号 " + username,
                    "登录成功");
            return done;
        } catch (BadCredentialsException | DisabledException e) {
            // a disabled account fails like a wrong password, and locks like one
            recordAddressFailure(address);
            if (known) {
                LocalDateTime until =
                        LocalDateTime.now(clock).plus(settings.loginLockTime()).withNano(0);
                accounts.recordFailure(username, settings.loginMaxAttempts(), until);
            } else {
                recordUnknownNameFailure(username);
            }
            log.warn("Login failed for '{}' from {}", username, address);
            failed(username, address, known ? "密码错误或账号已停用" : "没有这个账号");
            throw e instanceof DisabledException ? new BadCredentialsException("disabled", e) : e;
        } catch (LockedException e) {
            recordAddressFailure(address);
            log.warn("Login refused: account '{}' is locked (from {})", username, address);
            failed(username, address, "账号已锁定");
            throw e;
        }
    }

    private void failed(String username, String address, String reason) {
        audit.record(
                new AuditActor(username, "-", address), AuditAction.LOGIN_FAILED, null, null, "账号 " + username, reason);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private boolean unknownNameLocked(String username) {
        UnknownName name = unknownNames.get(String.valueOf(username));
        return name != null && name.lockedUntil() != null && name.lockedUntil().isAfter(clock.instant());
    }

    /** As the account table does it: the last of {@code loginMaxAttempts} failures locks, the count starts again. */
    private void recordUnknownNameFailure(String username) {
        unknownNames.compute(String.valueOf(username), (n, before) -> {
            int failures = (before == null ? 0 : before.failures()) + 1;
            return failures >= settings.loginMaxAttempts()
                    ? new UnknownName(0, clock.instant().plus(settings.loginLockTime()))
                    : new UnknownName(failures, before == null ? null : before.lockedUntil());
        });
        if (unknownNames.size() > 10_000) {
            Instant now = clock.instant();
            unknownNames
                    .values()
                    .removeIf(n -> n.lockedUntil() == null || !n.lockedUntil().isAfter(now));
        }
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
