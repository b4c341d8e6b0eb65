package org.zsyz.scorecard.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zsyz.scorecard.lock.RunLockProperties;

/** The settings of unattended operation: run locks (progress/ and schedule/ bind their own). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunLockProperties.class)
public class OperationsConfiguration {

    /** See {@link MariaDbFractionalSeconds}: without it job durations on MariaDB 10.x are whole seconds. */
    @Bean
    static MariaDbFractionalSeconds mariaDbFractionalSeconds() {
        return new MariaDbFractionalSeconds();
    }
}
