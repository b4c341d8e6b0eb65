package org.zsyz.scorecard.config;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zsyz.scorecard.report.ReportFonts;
import org.zsyz.scorecard.store.project.Industries;

/**
 * The installation's settings ({@code scorecard.*} in application.properties or SCORECARD_* variables).
 *
 * @param cityName    shown in every title, e.g. 示例市
 * @param issuer      the issuing body printed on the bulletin
 * @param home        the working folder: inbox/, archive/, rejected/ and out/ live below it
 * @param deadlineDay the deadline_day of the default method ({@code rules init} writes it, a year without a method
 *                    file uses it); lateness itself is the year's method's, see {@code AssessmentRulesSource}
 * @param industries  the closed list of 产业类别
 * @param fonts       the PDF font families, and font files a bureau supplies (its own 仿宋/小标宋)
 */
@ConfigurationProperties("scorecard")
public record ScorecardProperties(
        String cityName, String issuer, Path home, int deadlineDay, List<String> industries, Fonts fonts) {

    /**
     * @param bodyFamily  family of tables and text (default 思源黑体正常, bundled)
     * @param titleFamily family of titles (default 思源黑体中粗, bundled)
     * @param files       font files to register under a family name
     */
    public record Fonts(String bodyFamily, String titleFamily, List<FontFile> files) {

        public record FontFile(String family, Path regular, Path bold) {}

        public ReportFonts toReportFonts() {
            ReportFonts fonts = ReportFonts.defaults();
            if (bodyFamily != null || titleFamily != null) {
                fonts = fonts.withFamilies(
                        bodyFamily != null ? bodyFamily : fonts.bodyFamily(),
                        titleFamily != null ? titleFamily : fonts.titleFamily());
            }
            List<FontFile> given = files == null ? List.of() : files;
            for (int i = 0; i < given.size(); i++) {
                FontFile f = given.get(i);
                if (f.family() == null || f.family().isBlank() || f.regular() == null) {
                    throw new IllegalStateException(
                            "PDF 字体设置不完整：scorecard.fonts.files[" + i + "] 需要 family（字体名称）和 regular（字体文件路径）");
                }
                fonts = fonts.withFontFile(new ReportFonts.FontFile(f.family(), f.regular(), f.bold()));
            }
            return fonts;
        }
    }

    public ScorecardProperties {
        cityName = cityName == null || cityName.isBlank() ? "示例市" : cityName;
        issuer = issuer == null || issuer.isBlank() ? cityName + "商务局" : issuer;
        // WorkingFolder has made the setting absolute; a home given in code is settled the same way
        home = (home == null ? Path.of(".") : home).toAbsolutePath().normalize();
        deadlineDay = deadlineDay == 0 ? 5 : deadlineDay;
        industries = industries == null || industries.isEmpty() ? Industries.DEFAULT : List.copyOf(industries);
        fonts = fonts == null ? new Fonts(null, null, List.of()) : fonts;
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
