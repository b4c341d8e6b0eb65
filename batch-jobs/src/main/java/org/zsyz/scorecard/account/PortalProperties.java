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
 */
@ConfigurationProperties("scorecard.web")
public record PortalProperties(Integer loginMaxAttempts, Duration loginLockTime, Integer addressMaxAttempts,
        Duration addressWindow, Integer minPasswordLength) {

    public PortalProperties {
        loginMaxAttempts = loginMaxAttempts == null ? 5 : loginMaxAttempts;
        loginLockTime = loginLockTime == null ? Duration.ofMinutes(15) : loginLockTime;
        addressMaxAttempts = addressMaxAttempts == null ? 20 : addressMaxAttempts;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
        minPasswordLength = minPasswordLength == null ? 10 : minPasswordLength;
    }
}
