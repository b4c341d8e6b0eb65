package org.zsyz.scorecard.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock each test run sets, as a scheduler would start the same month at different times. */
@TestConfiguration(proxyBeanMethods = false)
class SettableClock {

    static volatile Instant now = Instant.now();

    @Bean
    @Primary
    Clock settableClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return PublicationRunsTests.ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
