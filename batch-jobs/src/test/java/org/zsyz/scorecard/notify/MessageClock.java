package org.zsyz.scorecard.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock, set by each test: reminders are decided and retries timed by it. */
@TestConfiguration(proxyBeanMethods = false)
class MessageClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static volatile Instant now = Instant.parse("2025-10-03T01:00:00Z");

    @Bean
    @Primary
    Clock messageTestClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
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
