package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermClock;
import org.zsyz.scorecard.annual.ThreeYearCity;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.operations.TermOperations;
import org.zsyz.scorecard.publish.PublishedFolders;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The term pages: a county sees its own annual result, scorecard and objections and nothing of another unit; the
 * bureau sees all, runs a term and answers; an objection after the window is refused and stores nothing.
 */
@Import(TermPortalTests.Clocks.class)
@PortalTest
abstract class TermPortalTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TermClock termClock() {
            return new TermClock();
        }
    }

    static final Path home = WorkingFolder.of(TermPortalTests.class);
    static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ScorecardOperations operations;

    @Autowired
    TermOperations terms;

    @Autowired
    AccountService accounts;

    @Autowired
    PortalAccountMapper accountRows;

    @Autowired
    TermClock clock;

    PortalUser own;
    PortalUser other;
    PortalUser bureau;

    @BeforeEach
    void theYear2025PublishedAsNotice() throws Exception {
        DatabaseCleaner.clean(dataSource);
        for (String folder : List.of("inbox", "archive", "rejected", "out", "rules", "annual")) {
            PublishedFolders.deleteTree(home.resolve(folder));
        }
        ThreeYearCity.method(home, 2025, 11);
        ThreeYearCity.december(home, operations, 2025);
        clock.setDay(LocalDate.of(2026, 1, 12)); // Monday: the window runs to 2026-01-19
        assertThat(terms.run(Term.year(2025), false, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        own = account("dongchuan", "county", PortalFixtures.OWN);
        other = account("heyang", "county", PortalFixtures.OTHER);
        bureau = account("office", "bureau", null);
    }

    @AfterEach
    void leaveNothingBehind() {
        DatabaseCleaner.clean(dataSource);
    }

    private PortalUser account(String name, String role, String unit) {
        return new PortalUser(
                accountRows.findByUsername(
                        accounts.add(name, role, unit, PASSWORD.toCharArray()).username()),
                false);
    }

    private String page(String path, PortalUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void object(PortalUser who, String reason) throws Exception {
        mvc.perform(multipart("/county/terms/objections")
                        .file(new MockMultipartFile("files", "到账凭证.pdf", "application/pdf", new byte[] {1, 2, 3}))
                        .param("term", "2025")
                        .param("reason", reason)
                        .with(user(who))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aCountySeesItsOwnResultAndScorecardAndNothingOfAnotherUnit() throws Exception {
        String mine = page("/county/terms", own);
        assertThat(mine).contains("2025年度", "公示稿", "2026-01-19", "id=\"result\"", "id=\"objection-form\"");
        assertThat(mine).doesNotContain("河阳县");
        String total = new JdbcTemplate(dataSource)
                .queryForObject(
                        "SELECT total_score FROM term_unit_result WHERE term = '2025' AND unit_code = ?",
                        java.math.BigDecimal.class,
                        PortalFixtures.OWN)
                .toPlainString();
        assertThat(mine).contains(total);
        String disposition = mvc.perform(
                        get("/county/terms/scorecard").param("term", "2025").with(user(own)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Disposition");
        assertThat(disposition).contains(PortalFixtures.OWN).doesNotContain(PortalFixtures.OTHER);
        mvc.perform(get("/bureau/terms").with(user(own))).andExpect(status().isForbidden());
        mvc.perform(post("/bureau/terms/run")
                        .param("term", "2025")
                        .param("action", "final")
                        .with(user(own))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anObjectionIsTheUnitsOwnAndTheBureausAnswerReachesIt() throws Exception {
        object(own, "12月到位资金漏报一笔");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long id = jdbc.queryForObject("SELECT id FROM term_objection", Long.class);
        assertThat(jdbc.queryForObject("SELECT unit_code FROM term_objection", String.class))
                .isEqualTo(PortalFixtures.OWN);

        assertThat(page("/county/terms", own)).contains("12月到位资金漏报一笔", "到账凭证.pdf", "待答复");
        assertThat(page("/county/terms", other)).doesNotContain("12月到位资金漏报一笔", "到账凭证.pdf");
        mvc.perform(get("/county/terms/objections/" + id + "/files/1").with(user(own)))
                .andExpect(status().isOk());
        mvc.perform(get("/county/terms/objections/" + id + "/files/1").with(user(other)))
                .andExpect(status().isNotFound());

        assertThat(page("/bureau/terms?term=2025", bureau)).contains("12月到位资金漏报一笔", "河阳县", "东川县");
        mvc.perform(post("/bureau/terms/objections/" + id + "/answer")
                        .param("accepted", "false")
                        .param("answer", "该笔资金2026年到账")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/county/terms", own)).contains("不予采纳", "该笔资金2026年到账");
    }

    @Test
    void anObjectionAfterTheWindowIsRefusedAndStoresNothing() throws Exception {
        clock.setDay(LocalDate.of(2026, 1, 20));
        assertThat(page("/county/terms", own)).doesNotContain("id=\"objection-form\"");
        mvc.perform(multipart("/county/terms/objections")
                        .param("term", "2025")
                        .param("reason", "迟到的异议")
                        .with(user(own))
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "异议未提交：2025年度公示期已于 2026-01-19 结束，不能再提出异议"));
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM term_objection", Integer.class))
                .isZero();
    }

    @Test
    void theBureauFinalisesAfterTheWindowFromThePortal() throws Exception {
        mvc.perform(post("/bureau/terms/run")
                        .param("term", "2025")
                        .param("action", "final")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "未运行：2025年度公示期至 2026-01-19，期满后才能定稿"));
        clock.setDay(LocalDate.of(2026, 1, 20));
        mvc.perform(post("/bureau/terms/run")
                        .param("term", "2025")
                        .param("action", "final")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/county/terms", own)).contains("正式").doesNotContain("id=\"objection-form\"");
    }
}
