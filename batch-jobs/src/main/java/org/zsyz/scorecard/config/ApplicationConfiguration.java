package org.zsyz.scorecard.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScorecardProperties.class)
public class ApplicationConfiguration {

    /** The one source of "now", so tests can fix the date a publication carries. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
