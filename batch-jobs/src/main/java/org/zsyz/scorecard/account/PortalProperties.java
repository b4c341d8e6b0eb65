package org.zsyz.scorecard.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scorecard.web.*}: the portal served by {@code scorecard serve}. The port, bind address, session timeout
 * and upload limit are Spring's own settings, set from {@code scorecard.web.*} in application.properties.
 *
 * @param loginMaxAttempts   wrong passwords in a row that lock an account (default 5)
 * @param loginLockTime      how long a locked account waits (default 15 min); kept in the database
 * @param addressMaxAttempts failed logins from one address within {@code addressWindow} after which that address
 *                           is refused for the rest of the window, whatever user name it tries (default 20)
 * @param addressWindow      default 15 min
 * @param minPasswordLength  default 10
 * @param trustedProxies     addresses or networks (127.0.0.1, 10.0.0.0/8, ::1) of the reverse proxies in front of
 *                           the portal; from these the client's address is read from X-Forwarded-For (see
 *                           {@link ClientAddress}). Empty by default: the socket's address counts.
 */
@ConfigurationProperties("scorecard.web")
public record PortalProperties(
        Integer loginMaxAttempts,
        Duration loginLockTime,
        Integer addressMaxAttempts,
        Duration addressWindow,
        Integer minPasswordLength,
        java.util.List<String> trustedProxies) {

    public PortalProperties {
        loginMaxAttempts = loginMaxAttempts == null ? 5 : loginMaxAttempts;
        loginLockTime = loginLockTime == null ? Duration.ofMinutes(15) : loginLockTime;
        addressMaxAttempts = addressMaxAttempts == null ? 20 : addressMaxAttempts;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
        minPasswordLength = minPasswordLength == null ? 10 : minPasswordLength;
        trustedProxies = trustedProxies == null ? java.util.List.of() : java.util.List.copyOf(trustedProxies);
    }
}
