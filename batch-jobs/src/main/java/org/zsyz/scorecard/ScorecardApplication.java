package org.zsyz.scorecard;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The Spring side of the application; the command line ({@code cli.ScorecardCommand}) starts it when a command needs
 * it. The web portal ({@code org.zsyz.scorecard.web}) is left out of the scan: only {@code scorecard serve} adds it
 * ({@code web.PortalConfiguration}), so every other command starts without a web server.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.zsyz\\.scorecard\\.web\\..*")
        })
public class ScorecardApplication {}
