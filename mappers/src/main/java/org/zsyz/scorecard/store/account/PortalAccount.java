package org.zsyz.scorecard.store.account;

import java.time.LocalDateTime;

/**
 * A portal login.
 *
 * @param role           BUREAU or COUNTY
 * @param unitCode       the one unit a COUNTY account acts for; {@code null} for BUREAU
 * @param passwordHash   DelegatingPasswordEncoder format, e.g. {@code {bcrypt}$2a$10$...}
 * @param failedAttempts wrong passwords since the last good login
 * @param lockedUntil    no login before this time (login throttling), {@code null} when not locked
 */
public record PortalAccount(
        Long id,
        String username,
        String passwordHash,
        String role,
        String unitCode,
        boolean enabled,
        int failedAttempts,
        LocalDateTime lockedUntil,
        LocalDateTime createdAt) {

    public static final String BUREAU = "BUREAU";
    public static final String COUNTY = "COUNTY";

    public boolean isBureau() {
        return BUREAU.equals(role);
    }
}
