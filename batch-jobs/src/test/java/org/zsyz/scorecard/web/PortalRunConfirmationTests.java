package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.store.publish.PublicationMapper;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The month run from the portal's runs page when nobody reported: not published until the bureau ticks the
 * confirmation, and the page says what is wrong and what to do; a 更正版 with nothing new is refused with the reason.
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
abstract class PortalRunConfirmationTests extends PortalTestBase {

    static final Path home = WorkingFolder.of(PortalRunConfirmationTests.class);

    @Autowired
    PublicationMapper publications;

    @Autowired
    PortalRuns runs;

    PortalUser bureau;

    @BeforeEach
    void emptyMonth() throws Exception {
        try (Stream<Path> returns = Files.list(home.resolve("inbox/2025-09"))) {
            for (Path file : returns.toList()) {
                Files.delete(file);
            }
        }
        bureau = account("office", "bureau", null);
    }

    String runsPage() throws Exception {
        return mvc.perform(get("/bureau/runs").with(user(bureau)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String runAndWait(boolean confirm) throws Exception {
        return runAndWait(confirm, false);
    }

    String runAndWait(boolean confirm, boolean revision) throws Exception {
        var request = post("/bureau/runs")
                .param("period", "2025-09")
                .with(user(bureau))
                .with(csrf());
        if (confirm) {
            request.param("confirmFewReturns", "true");
        }
        if (revision) {
            request.param("revision", "true");
        }
        mvc.perform(request).andExpect(status().isFound());
        await().atMost(Duration.ofMinutes(3))
                .until(() -> runs.last() != null && !runs.last().running());
        return runs.last().outcome();
    }

    @Test
    void aReturnArrivingAfterTheImportIsNamedInTheRunsOutcome() throws Exception {
        SampleMonth.prepare(home); // the month's 13 returns back in the inbox
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        mvc.perform(post("/bureau/runs")
                        .param("period", "2025-09")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().isFound());
        // a unit's return arrives once the run has imported the inbox, while it assesses and renders
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'importReturn' AND STATUS = 'COMPLETED'",
                                Integer.class)
                        > 0);
        Path archived;
        try (Stream<Path> files = Files.list(home.resolve("archive/2025-09"))) {
            archived = files.sorted().findFirst().orElseThrow();
        }
        Files.copy(archived, home.resolve("inbox/2025-09/419921-补报.xlsx"));
        await().atMost(Duration.ofMinutes(3)).until(() -> !runs.last().running());

        assertThat(runs.last().outcome())
                .startsWith("完成")
                .contains("注意：收件箱 " + home.resolve("inbox/2025-09") + " 中有 1 个文件未纳入本次发布（419921-补报.xlsx；");
        assertThat(runsPage()).contains("419921-补报.xlsx");
    }

    @Test
    void anEmptyMonthIsPublishedFromThePortalOnlyWithTheConfirmationTicked() throws Exception {
        assertThat(runsPage()).contains("id=\"confirm-few-returns\"", "确认发布报送很少的月份");

        String refused = runAndWait(false);

        assertThat(refused).startsWith("未发布：2025-09 没有一份可计入的月报（13 家考核单位都未报送）").contains("勾选“确认发布报送很少的月份”");
        assertThat(runs.last().succeeded()).isFalse();
        assertThat(runsPage()).contains("未发布：2025-09 没有一份可计入的月报");
        assertThat(publications.findLatest(YearMonth.of(2025, 9))).isNull();

        assertThat(runAndWait(true)).startsWith("完成");
        assertThat(publications.findLatest(YearMonth.of(2025, 9))).isNotNull();

        // a 更正版 with nothing new is refused, and the page says why
        assertThat(runAndWait(true, true)).startsWith("2025-09 自上次发布（原版，").contains("以来没有任何变化");
        assertThat(publications.findLatest(YearMonth.of(2025, 9)).revision()).isZero();
    }
}
