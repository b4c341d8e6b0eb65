package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.store.testsupport.OnH2;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The portal end to end in a real headless Chromium (Debian's chromium and chromium-driver) against the serve
 * application on a random port, with the sample city of September 2025 in its inbox: a county logs in, uploads a
 * bad return and sees its errors, uploads a good one; the bureau logs in, sees the board, runs the month and
 * downloads the bulletin. Skipped when Chromium is not installed, unless SCORECARD_REQUIRE_BROWSER=true (CI).
 */
@OnH2
@Import(PortalFixtures.ThirdOfOctober.class) // explicit classes: a nested test configuration is not picked up by itself
@PortalTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"server.address=127.0.0.1"})
class PortalBrowserTests extends PortalTestBase {

    static final Path home = WorkingFolder.of(PortalBrowserTests.class);

    @TempDir
    Path downloads;

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.requireInstalled();
    }

    @BeforeEach
    void accountsAndBrowser() {
        accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray());
        accounts.add("office", "bureau", null, PASSWORD.toCharArray());
        browser = HeadlessChromium.start(downloads);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    void logIn(String username) {
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        find("#login").click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> !b.getCurrentUrl().contains("/login"));
    }

    void upload(byte[] content, String name) throws Exception {
        Path file = Files.createTempDirectory(downloads, "upload").resolve(name);
        Files.write(file, content);
        find("#file").sendKeys(file.toAbsolutePath().toString());
        find("#upload").click();
    }

    @Test
    void aCountyReportsAndTheBureauRunsTheMonthAndDownloadsTheBulletin() throws Exception {
        // the county: a bad return, its errors on the same page; then a good one
        logIn("dongchuan");
        assertThat(browser.getCurrentUrl()).endsWith("/county");
        assertThat(find("h1").getText()).as(browser.getPageSource()).contains("东川县", "419921");
        assertThat(find("#template").getAttribute("href")).endsWith("/county/template?period=2025-09");
        assertThat(find("#banner-deadline").getText()).isEqualTo("报告期 2025-09 的报送截止日期：2025-10-05（还有 2 天）。");
        assertThat(find("#banner-counting").getText()).isEqualTo("本期还没有已接收的月报表，评估时按未报送计。");

        upload(PortalFixtures.withWordsForAmount(home, PortalFixtures.OWN), "东川县-9月.xlsx");
        assertThat(find("#verdict-rejected").getText()).contains("未通过校验", "东川县-9月.xlsx");
        assertThat(find("#issues").getText())
                .contains(PortalFixtures.spoiledCell(home, PortalFixtures.OWN), "两亿", "不是数字");
        assertThat(find("#error-workbook").getAttribute("href")).matches(".*/county/submissions/\\d+/error-workbook");

        upload(PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx");
        assertThat(find("#verdict-accepted").getText()).contains("已接收", "419921.xlsx", "2025-09", "第 2 版");
        assertThat(find("#history").getText()).contains("东川县-9月.xlsx", "未通过校验", "419921.xlsx", "已接收");
        assertThat(find("#banner-counting").getText()).startsWith("有效版本：第 2 版 419921.xlsx（2025-10-03 10:00 网上报送，已接收）");
        find("#logout").click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.getCurrentUrl().contains("/login?logout"));

        // the bureau: the board, the month's run, the ranking, the bulletin
        logIn("office");
        assertThat(browser.getCurrentUrl()).endsWith("/bureau");
        assertThat(find("#unit-419921 .state").getText()).isEqualTo("已报送");
        assertThat(find("#unit-419922 .state").getText()).isEqualTo("未报送");

        browser.get(url("/bureau/runs"));
        new Select(find("#run-period")).selectByValue("2025-09");
        find("#start-run").click();
        // the page refreshes itself every 2 s while the run is busy: an element read across a refresh is stale
        new WebDriverWait(browser, Duration.ofSeconds(240))
                .pollingEvery(Duration.ofSeconds(1))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> !b.findElements(By.cssSelector("#launch-outcome")).isEmpty()
                        && !b.findElement(By.cssSelector("#launch-outcome"))
                                .getText()
                                .startsWith("运行中"));
        assertThat(find("#launch-outcome").getText()).startsWith("完成");
        assertThat(find("#steps").getText()).contains("导入月报", "评估打分", "生成单位成绩单", "发布", "完成");

        browser.get(url("/bureau"));
        assertThat(find("#unit-419922 .state").getText())
                .as("the inbox's returns are on the board too")
                .isEqualTo("已报送");
        exportedBoardHasTheCoversContacts();

        browser.get(url("/bureau/ranking"));
        assertThat(find("h1").getText()).contains("2025-09");
        assertThat(find("#ranking").getText()).contains("东川县", "安平市", "县市区");
        assertThat(find("#ranking").getText())
                .as("报送, 等次 and 红黑榜 by their labels")
                .contains("已报送", "红榜", "黑榜")
                .doesNotContain("REPORTED", "EXCELLENT", "GOOD", "PASS", "BLACK");
        assertThat(browser.findElements(By.cssSelector("#ranking td.total, #ranking td.bonus, #ranking td.deduction")))
                .as("scores as the PDFs show them, not a stored scale such as 0E-16")
                .hasSizeGreaterThan(30)
                .allSatisfy(cell -> assertThat(cell.getText()).matches("-?\\d+\\.\\d{2}"));
        assertThat(browser.findElements(By.cssSelector("#ranking th.indicator")))
                .as("one column per indicator of the period's method, in its order")
                .extracting(WebElement::getText)
                .containsExactly(
                        "到位市外资金", "省外资金", "实际利用外资", "新签约亿元项目", "新签约合同额", "新开工亿元项目", "外出招商", "合同履约率", "项目开工率", "资金到位率");
        assertThat(browser.findElements(By.cssSelector("#ranking td.indicator")))
                .as("完成率（单项排名） as the bulletin prints them")
                .hasSizeGreaterThan(100)
                .allSatisfy(cell -> assertThat(cell.getText()).matches("—|-?\\d+\\.\\d{2}%(（\\d+）)?"));

        browser.get(url("/bureau/publications"));
        browser.findElement(By.linkText("全市成绩单-2025-09.pdf")).click();
        Path bulletin = downloads.resolve("全市成绩单-2025-09.pdf");
        byte[] published = Files.readAllBytes(home.resolve("out/2025-09/全市成绩单-2025-09.pdf"));
        // Chromium reserves the name with an empty file and fills it from a .crdownload file: wait for the bytes
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> Files.exists(bulletin) && sizeOf(bulletin) == published.length);
        byte[] pdf = Files.readAllBytes(bulletin);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(pdf).isEqualTo(published);
    }

    /** The board's 导出 Excel link, downloaded by the browser and read back cell by cell. */
    private void exportedBoardHasTheCoversContacts() throws Exception {
        find("#export").click();
        Path exported = downloads.resolve("报送情况-2025-09.xlsx");
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> Files.exists(exported)
                        && sizeOf(exported) > 0
                        && !Files.exists(downloads.resolve("报送情况-2025-09.xlsx.crdownload")));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(exported))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(SampleMonth.UNITS);
            org.apache.poi.ss.usermodel.Row own = BureauPortalTests.rowOf(sheet, PortalFixtures.OWN);
            assertThat(BureauPortalTests.text(own, 3)).isEqualTo("已报送");
            assertThat(own.getCell(4).getNumericCellValue())
                    .as("the rejected first version does not count")
                    .isEqualTo(2.0);
            assertThat(own.getCell(5).getLocalDateTimeCellValue())
                    .isEqualTo(java.time.LocalDateTime.of(2025, 10, 3, 10, 0));
            assertThat(BureauPortalTests.text(own, 6)).isEqualTo("否");
            assertThat(BureauPortalTests.text(own, 7)).isEqualTo("网上");
            assertThat(BureauPortalTests.text(own, 8)).isEqualTo("王丽");
            assertThat(BureauPortalTests.text(own, 9)).isEqualTo("0399-6992188");
            org.apache.poi.ss.usermodel.Row other = BureauPortalTests.rowOf(sheet, PortalFixtures.OTHER);
            assertThat(BureauPortalTests.text(other, 1)).isEqualTo("河阳县");
            assertThat(BureauPortalTests.text(other, 7)).as("came by the inbox").isEqualTo("邮件");
            assertThat(BureauPortalTests.text(other, 8)).isEqualTo("李静");
            assertThat(BureauPortalTests.text(other, 9)).isEqualTo("0399-6992288");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1; // renamed away between the two calls
        }
    }
}
