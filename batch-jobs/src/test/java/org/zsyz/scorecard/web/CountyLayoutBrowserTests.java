package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.store.testsupport.OnH2;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The county's page in a real headless Chromium as a phone (390×844, mobile viewport) and on a desktop: the banner
 * is there, the page never scrolls sideways (wide tables scroll in their own box) and the upload button is as wide
 * as the screen. Screenshots are left in target/screenshots for a person to look at. Skipped without Chromium,
 * unless SCORECARD_REQUIRE_BROWSER=true.
 */
@OnH2
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"server.address=127.0.0.1"})
class CountyLayoutBrowserTests extends PortalTestBase {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final Path home = WorkingFolder.of(CountyLayoutBrowserTests.class);

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.requireInstalled();
    }

    @BeforeEach
    void accountHistoryAndBrowser() {
        accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray());
        // a published August with the unit's result, for the history table and the trend
        for (String[] m : new String[][] {{"2025-07", "81.25", "4"}, {"2025-08", "90.50", "2"}}) {
            jdbc.update(
                    "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES "
                            + "(?, ?, 'rules.yml', ?)",
                    m[0],
                    LocalDateTime.parse(m[0] + "-06T02:00:00").plusMonths(1),
                    "a".repeat(64));
            jdbc.update(
                    "INSERT INTO unit_score (period, unit_code, unit_name, group_name, ranked, report_status, "
                            + "base_score, bonus, deduction, total_score, grade, group_rank, group_size, rank_change, "
                            + "first_streak) VALUES (?, '419921', '东川县', '县市区', TRUE, 'REPORTED', ?, 0, 0, ?, '良好', ?, 9, "
                            + "'-', 0)",
                    m[0],
                    new java.math.BigDecimal(m[1]),
                    new java.math.BigDecimal(m[1]),
                    Integer.parseInt(m[2]));
            jdbc.update(
                    "INSERT INTO publication (period, revision, published_at, folder, manifest_sha256, "
                            + "file_count) VALUES (?, 0, ?, 'out', ?, 15)",
                    m[0],
                    LocalDateTime.parse(m[0] + "-06T03:00:00").plusMonths(1),
                    "b".repeat(64));
        }

        browser = HeadlessChromium.start(null);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    long js(String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).longValue();
    }

    void device(int width, int height, boolean mobile) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** The whole page (not just the screen) as a PNG under target/screenshots. */
    void screenshot(String name, int width, boolean mobile) throws Exception {
        int height = (int) Math.min(4000, js("document.documentElement.scrollHeight"));
        device(width, height, mobile);
        Object png = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"))
                .get("data");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) png));
    }

    void logInAndReport() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        find("#username").sendKeys("dongchuan");
        find("#password").sendKeys(PASSWORD);
        find("#login").click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.getCurrentUrl().endsWith("/county"));
        Path file = Files.createTempDirectory("upload").resolve("东川县2025年9月招商引资工作月报表（第二次修改）.xlsx");
        Files.write(file, PortalFixtures.withWordsForAmount(home, PortalFixtures.OWN));
        find("#file").sendKeys(file.toAbsolutePath().toString());
        find("#upload").click();
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> !b.findElements(By.id("verdict")).isEmpty());
    }

    @Test
    void onAPhoneTheCountyPageFitsTheScreenAndShowsTheBanner() throws Exception {
        device(390, 844, true);
        logInAndReport();

        assertThat(js("window.innerWidth"))
                .as("the viewport is the phone's width (meta viewport)")
                .isEqualTo(390);
        assertThat(js("document.documentElement.scrollWidth"))
                .as("nothing wider than the screen")
                .isLessThanOrEqualTo(390);
        assertThat(find("#banner-deadline").getText()).contains("2025-10-05");
        assertThat(find("#banner-counting").getText()).contains("最近的第 1 版未通过校验");
        assertThat(find("#verdict-rejected").isDisplayed()).isTrue();
        assertThat(find("#upload").getRect().getWidth())
                .as("a button as wide as the screen")
                .isGreaterThan(300);
        assertThat(find("#standings").getText()).contains("2025-08", "90.50");
        assertThat(find("#trend").getRect().getWidth()).isLessThanOrEqualTo(390);
        screenshot("county-390", 390, true);

        browser.get("http://127.0.0.1:" + port + "/account/password");
        device(390, 844, true);
        assertThat(js("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        screenshot("password-390", 390, true);
    }

    @Test
    void onADesktopTheSamePageUsesTheWidth() throws Exception {
        device(1366, 900, false);
        logInAndReport();

        assertThat(js("document.documentElement.scrollWidth")).isLessThanOrEqualTo(1366);
        assertThat(find("#banner-deadline").getText()).contains("2025-10-05");
        assertThat(find("#upload").getRect().getWidth())
                .as("an ordinary button")
                .isLessThan(200);
        screenshot("county-1366", 1366, false);
    }
}
