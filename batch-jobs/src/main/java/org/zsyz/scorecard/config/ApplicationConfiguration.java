package org.zsyz.scorecard.config;

import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.zsyz.scorecard.report.ReportFontException;
import org.zsyz.scorecard.report.ScorecardRenderer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScorecardProperties.class)
public class ApplicationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApplicationConfiguration.class);

    /**
     * The one source of "now", so tests can fix the date a publication carries. It runs in the installation's
     * zone ({@code scorecard.zone}, default Asia/Shanghai), never the machine's: receipt times, the late flag, the
     * current period and the board all read their date and time from it, so a server kept on UTC still judges
     * the deadline in Beijing time.
     */
    @Bean
    Clock clock(@Value("${scorecard.zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }

    /**
     * Compiles the report templates and checks the fonts once, when publishing first needs it. A font that is
     * missing or unfit stops the run with one line naming it and the setting to fix, never a PDF with boxes.
     */
    @Bean
    @Lazy
    ScorecardRenderer scorecardRenderer(ScorecardProperties settings) {
        try {
            return new ScorecardRenderer(settings.fonts().toReportFonts());
        } catch (ReportFontException e) {
            log.error("PDF fonts unusable", e);
            // no cause on purpose: the command line prints the deepest message, and this one says it all
            throw new IllegalStateException("PDF 字体不可用，请检查 scorecard.fonts 设置：" + e.getMessage());
        }
    }
}
