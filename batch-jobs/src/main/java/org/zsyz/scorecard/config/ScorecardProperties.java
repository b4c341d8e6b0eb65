package org.zsyz.scorecard.config;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zsyz.scorecard.project.Industries;

/**
 * The installation's settings ({@code scorecard.*} in application.properties or SCORECARD_* variables).
 *
 * @param cityName    shown in every title, e.g. 示例市
 * @param issuer      the issuing body printed on the bulletin
 * @param home        the working folder: inbox/, archive/, rejected/ and out/ live below it
 * @param deadlineDay a return received after this day of the following month is late
 * @param industries  the closed list of 产业类别
 */
@ConfigurationProperties("scorecard")
public record ScorecardProperties(
        String cityName,
        String issuer,
        Path home,
        int deadlineDay,
        List<String> industries) {

    public ScorecardProperties {
        cityName = cityName == null ? "示例市" : cityName;
        issuer = issuer == null ? cityName + "商务局" : issuer;
        home = home == null ? Path.of(".") : home;
        deadlineDay = deadlineDay == 0 ? 5 : deadlineDay;
        industries = industries == null || industries.isEmpty() ? Industries.DEFAULT : List.copyOf(industries);
    }

    public Path inbox(YearMonth period) {
        return home.resolve("inbox").resolve(period.toString());
    }

    public Path archive(YearMonth period) {
        return home.resolve("archive").resolve(period.toString());
    }

    public Path rejected(YearMonth period) {
        return home.resolve("rejected").resolve(period.toString());
    }

    public Path outRoot() {
        return home.resolve("out");
    }
}
