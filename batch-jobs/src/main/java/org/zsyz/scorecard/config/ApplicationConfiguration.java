package org.zsyz.scorecard.config;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zsyz.scorecard.report.ScorecardRenderer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScorecardProperties.class)
public class ApplicationConfiguration {

    /** The one source of "now", so tests can fix the date a publication carries. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Compiles the report templates and checks the fonts once, when publishing first needs it. */
    @Bean
    @Lazy
    ScorecardRenderer scorecardRenderer(ScorecardProperties settings) {
        return new ScorecardRenderer(settings.fonts().toReportFonts());
    }
}
