package org.zsyz.scorecard.publish;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The sample-city run's clock, fixed: its documents say 2025年4月15日发布 whatever day the tests run. */
@TestConfiguration(proxyBeanMethods = false)
class SampleCityClock {

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(SampleCityPublicationTests.NOW.toInstant(), SampleCityPublicationTests.ZONE);
    }
}
