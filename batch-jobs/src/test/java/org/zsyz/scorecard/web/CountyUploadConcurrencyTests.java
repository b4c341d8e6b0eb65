package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Two uploads by one unit at the same moment, as real HTTP requests through Tomcat on two threads (a double click,
 * or two colleagues): never a 500, every file gets its own version or is recognised as the same file, and the
 * second page shows the result of the first upload instead of "another return is being processed".
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"server.address=127.0.0.1"})
abstract class CountyUploadConcurrencyTests extends PortalTestBase {

    static final Path home = WorkingFolder.of(CountyUploadConcurrencyTests.class);

    @LocalServerPort
    int port;

    @BeforeEach
    void twoAccountsOfOneCounty() {
        accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray());
        accounts.add("dongchuan2", "county", PortalFixtures.OWN, PASSWORD.toCharArray());
    }

    /** Both calls start together (a barrier), each on its own thread; their responses in call order. */
    static List<HttpResponse<String>> atOnce(
            Callable<HttpResponse<String>> first, Callable<HttpResponse<String>> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> a = threads.submit(() -> {
                start.await();
                return first.call();
            });
            Future<HttpResponse<String>> b = threads.submit(() -> {
                start.await();
                return second.call();
            });
            return List.of(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aDoubleClickStoresOneVersionAndBothPagesShowItAccepted() throws Exception {
        PortalHttp browser = new PortalHttp(port).logIn("dongchuan", PASSWORD);
        String token = browser.token();
        byte[] good = PortalFixtures.good(home, PortalFixtures.OWN);

        List<HttpResponse<String>> pages = atOnce(
                () -> browser.upload(token, "2025-09", "419921.xlsx", good),
                () -> browser.upload(token, "2025-09", "419921.xlsx", good));

        assertThat(pages).allSatisfy(page -> {
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("已接收").doesNotContain("正在处理");
        });
        assertThat(jdbc.queryForList(
                        "SELECT version_no FROM return_submission WHERE unit_code = ?",
                        Integer.class,
                        PortalFixtures.OWN))
                .containsExactly(1);
        assertThat(pages.stream().map(HttpResponse::body).filter(b -> b.contains("id=\"verdict-accepted\"")))
                .as("one page says the file was accepted as version 1")
                .hasSize(1);
        assertThat(pages.stream().map(HttpResponse::body).filter(b -> b.contains("id=\"verdict-identical\"")))
                .as("the other shows that same accepted version, not an error")
                .hasSize(1)
                .allSatisfy(b -> assertThat(b).contains("第 <span>1</span> 版", "已接收"));
    }

    @Test
    void twoDifferentFilesAtOnceBecomeTwoVersionsWithoutAnError() throws Exception {
        PortalHttp one = new PortalHttp(port).logIn("dongchuan", PASSWORD);
        PortalHttp other = new PortalHttp(port).logIn("dongchuan2", PASSWORD);
        String tokenOne = one.token();
        String tokenOther = other.token();
        byte[] good = PortalFixtures.good(home, PortalFixtures.OWN);
        byte[] bad = PortalFixtures.withWordsForAmount(home, PortalFixtures.OWN);

        List<HttpResponse<String>> pages = atOnce(
                () -> one.upload(tokenOne, "2025-09", "好的.xlsx", good),
                () -> other.upload(tokenOther, "2025-09", "错的.xlsx", bad));

        assertThat(pages.get(0).statusCode()).as(pages.get(0).body()).isEqualTo(200);
        assertThat(pages.get(1).statusCode()).as(pages.get(1).body()).isEqualTo(200);
        assertThat(pages.get(0).body()).contains("id=\"verdict-accepted\"", "好的.xlsx");
        assertThat(pages.get(1).body()).contains("id=\"verdict-rejected\"", "错的.xlsx", "两亿");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(file_name, ':', status) FROM return_submission WHERE unit_code = ? "
                                + "ORDER BY version_no",
                        String.class,
                        PortalFixtures.OWN))
                .containsExactlyInAnyOrder("好的.xlsx:ACCEPTED", "错的.xlsx:REJECTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_upload", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void aLongChineseFileNameIsAcceptedAndKeptToABoundedName() throws Exception {
        PortalHttp browser = new PortalHttp(port).logIn("dongchuan", PASSWORD);
        String name = "东川县2025年9月招商引资月报表" + "（修改后请以此版本为准）".repeat(20) + ".xlsx";
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isGreaterThan(700);

        HttpResponse<String> page =
                browser.upload(browser.token(), "2025-09", name, PortalFixtures.good(home, PortalFixtures.OWN));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verdict-accepted\"").doesNotContain("文件太大");
        String stored = jdbc.queryForObject(
                "SELECT file_name FROM return_submission WHERE unit_code = ?", String.class, PortalFixtures.OWN);
        assertThat(stored).hasSize(180).startsWith("东川县2025年9月招商引资月报表（修改后").endsWith(".xlsx");
    }

    @Test
    void anotherProcessWritingTheSamePeriodMakesTheUploadTryAgainNotFail() throws Exception {
        PortalHttp browser = new PortalHttp(port).logIn("dongchuan", PASSWORD);
        String token = browser.token();
        java.util.concurrent.CountDownLatch inserted = new java.util.concurrent.CountDownLatch(1);
        // an inbox import elsewhere: its version 1 of the same unit and period, uncommitted for 3 seconds
        Thread other = new Thread(() -> new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.support.JdbcTransactionManager(dataSource))
                .executeWithoutResult(tx -> {
                    jdbc.update(
                            "INSERT INTO return_submission (unit_code, period, version_no, file_name, sha256, "
                                    + "submitted_at, status, late, row_count, error_count, warning_count, source) VALUES "
                                    + "(?, '2025-09', 1, '邮件.xlsx', ?, ?, 'REJECTED', FALSE, 0, 1, 0, 'INBOX')",
                            PortalFixtures.OWN,
                            "c".repeat(64),
                            java.time.LocalDateTime.of(2025, 10, 3, 9, 0));
                    inserted.countDown();
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        other.start();
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> page =
                browser.upload(token, "2025-09", "419921.xlsx", PortalFixtures.good(home, PortalFixtures.OWN));
        other.join(30_000);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"verdict-accepted\"").containsPattern("第\\s*<span>2</span> 版");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(version_no, ':', source) FROM return_submission "
                                + "WHERE unit_code = ? ORDER BY version_no",
                        String.class,
                        PortalFixtures.OWN))
                .containsExactly("1:INBOX", "2:PORTAL");
    }
}
