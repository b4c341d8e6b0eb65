package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.publish.ScorecardAssembler;
import org.zsyz.scorecard.report.ScorePart;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * 认定 from the bureau's page: a 核减 or 不予认定 changes the unit's figures and score as the method says, the
 * scorecard lists it under 核减, a 认定 of a project not in the counting return or by a county is refused with
 * nothing changed, and a 认定 after publication makes the next monthly run a 更正版 that says what changed.
 */
@Import(BureauVerificationTests.Clocks.class)
@PortalTest
abstract class BureauVerificationTests extends PortalTestBase {

    static final Instant THIRD_OF_OCTOBER = Instant.parse("2025-10-03T02:00:00Z");
    static final Path home = WorkingFolder.of(BureauVerificationTests.class);
    static final String P = "2025-09";
    static final String OWN = PortalFixtures.OWN;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(THIRD_OF_OCTOBER, ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    SettableClock clock;

    @Autowired
    LedgerProjectMapper ledger;

    @Autowired
    ScorecardAssembler assembler;

    @Override
    void beforeSampleCity() {
        clock.set(THIRD_OF_OCTOBER);
    }

    PortalUser bureau() {
        return account("office", "bureau", null);
    }

    /** The first project of 东川县's counting return with funds this year from outside the city. */
    LedgerProject fundedProject() {
        long id = jdbc.queryForObject(
                "SELECT MAX(id) FROM return_submission WHERE unit_code = ? AND status = 'ACCEPTED'", Long.class, OWN);
        return ledger.findProjects(id).stream()
                .filter(p -> p.investorSource().isFromOutsideCity()
                        && p.investorSource() != InvestorSource.FOREIGN
                        && p.fundsThisYear() != null
                        && p.fundsThisYear().signum() > 0)
                .findFirst()
                .orElseThrow();
    }

    Map<String, Object> i1() {
        return jdbc.queryForMap(
                "SELECT value_ytd, schedule_target, weight, score FROM indicator_result "
                        + "WHERE period = ? AND unit_code = ? AND indicator_code = 'I1'",
                P,
                OWN);
    }

    /** The default method's I1 (总量法): weight × min(YTD ÷ 序时目标, 120%). */
    static BigDecimal ratioScore(Map<String, Object> r) {
        BigDecimal ytd = (BigDecimal) r.get("value_ytd");
        BigDecimal basis = ytd.divide((BigDecimal) r.get("schedule_target"), 16, RoundingMode.HALF_UP);
        return ((BigDecimal) r.get("weight")).multiply(basis.min(new BigDecimal("1.2")));
    }

    void importAndAssess() throws Exception {
        operations.importReturns(SampleMonth.PERIOD, home.resolve("inbox").resolve(P));
        operations.assess(SampleMonth.PERIOD);
    }

    String review(PortalUser who, String kind, String project, String amount, String reason) throws Exception {
        return (String) mvc.perform(post("/bureau/reviews")
                        .param("period", P)
                        .param("unit", OWN)
                        .param("project", project)
                        .param("kind", kind)
                        .param("field", "funds_this_year")
                        .param("amount", amount == null ? "" : amount)
                        .param("reason", reason)
                        .with(user(who))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .values()
                .iterator()
                .next();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void aReductionChangesTheFigureAndTheScoreAsTheMethodSaysAndTheScorecardListsIt() throws Exception {
        importAndAssess();
        PortalUser office = bureau();
        LedgerProject project = fundedProject();
        Map<String, Object> before = i1();
        assertThat(((BigDecimal) before.get("score")).doubleValue())
                .as("the formula this test uses is the method's")
                .isCloseTo(ratioScore(before).doubleValue(), within(1e-6));
        int audited = count("audit_event");

        BigDecimal cut = project.fundsThisYear().divide(BigDecimal.valueOf(2), 8, RoundingMode.HALF_UP);
        String notice = review(office, "reduce", project.projectNo(), cut.toPlainString(), "部分资金为市内企业转入");
        assertThat(notice)
                .startsWith("已认定 东川县（419921）项目 " + project.projectNo())
                .contains("核减本年到位资金");
        operations.assess(SampleMonth.PERIOD);

        Map<String, Object> after = i1();
        assertThat((BigDecimal) after.get("value_ytd"))
                .isEqualByComparingTo(((BigDecimal) before.get("value_ytd")).subtract(cut));
        assertThat(((BigDecimal) after.get("score")).doubleValue())
                .isCloseTo(ratioScore(after).doubleValue(), within(1e-6));
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE action = 'RECOGNITION' AND id > ?",
                        String.class,
                        audited))
                .containsExactly(
                        "核减本年到位资金 " + cut.stripTrailingZeros().toPlainString() + "亿元，自 2025-09 起；理由：部分资金为市内企业转入");

        List<ScorePart> parts = assembler
                .unitScorecard(SampleMonth.PERIOD, OWN, LocalDate.of(2025, 10, 6), 0)
                .scoreParts();
        assertThat(parts)
                .filteredOn(p -> p.label().startsWith("核减："))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.label()).isEqualTo("核减：" + project.projectName() + "（" + project.projectNo() + "）");
                    assertThat(p.explanation())
                            .isEqualTo("商务局认定：核减本年到位资金 "
                                    + cut.stripTrailingZeros().toPlainString() + "亿元。部分资金为市内企业转入（2025-09 起）");
                });

        // undone from the same period: the figure is back as reported
        assertThat(review(office, "undo", project.projectNo(), null, "经复核资金属实"))
                .startsWith("已撤销 419921 项目 " + project.projectNo());
        operations.assess(SampleMonth.PERIOD);
        assertThat((BigDecimal) i1().get("value_ytd")).isEqualByComparingTo((BigDecimal) before.get("value_ytd"));
        assertThat(count("assessed_exclusion")).isZero();
    }

    @Test
    void anExclusionLeavesTheProjectOutOfEveryFigure() throws Exception {
        importAndAssess();
        LedgerProject project = fundedProject();
        BigDecimal ytd = (BigDecimal) i1().get("value_ytd");
        review(bureau(), "exclude", project.projectNo(), null, "投资方实为市内企业");
        operations.assess(SampleMonth.PERIOD);
        assertThat((BigDecimal) i1().get("value_ytd")).isEqualByComparingTo(ytd.subtract(project.fundsThisYear()));
        assertThat(jdbc.queryForMap(
                        "SELECT project_no, source, effect FROM assessed_exclusion WHERE period = ? AND unit_code = ?",
                        P,
                        OWN))
                .containsEntry("PROJECT_NO", project.projectNo())
                .containsEntry("SOURCE", "BUREAU")
                .containsEntry("EFFECT", "不予认定");
    }

    @Test
    void aProjectNotInTheCountingReturnIsRefusedAndNothingChanges() throws Exception {
        importAndAssess();
        PortalUser office = bureau();
        int audited = count("audit_event");
        assertThat(review(office, "exclude", "NOPE-999", null, "不存在"))
                .isEqualTo("未认定：项目编号 NOPE-999 不在东川县（419921）2025-09 计入考核的月报表（第 1 版）项目台账中，未认定");
        assertThat(review(office, "exclude", fundedProject().projectNo(), null, " "))
                .startsWith("未认定：请填写理由");
        assertThat(review(office, "reduce", fundedProject().projectNo(), "两亿", "x"))
                .isEqualTo("未认定：核减金额“两亿”不是数字");
        assertThat(count("project_review")).isZero();
        assertThat(count("audit_event")).isEqualTo(audited);
    }

    @Test
    void aCountyReachesNothingOfTheVerificationPages() throws Exception {
        importAndAssess();
        PortalUser county = account("dongchuan", "county", OWN);
        int audited = count("audit_event");
        mvc.perform(get("/bureau/reviews").with(user(county))).andExpect(status().isForbidden());
        mvc.perform(post("/bureau/reviews")
                        .param("period", P)
                        .param("unit", OWN)
                        .param("project", fundedProject().projectNo())
                        .param("kind", "exclude")
                        .param("reason", "自己不认")
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bureau/duplicates/1/decision")
                        .param("period", P)
                        .param("decision", "UNIT_A")
                        .param("reason", "归我")
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("project_review")).isZero();
        assertThat(count("audit_event")).isEqualTo(audited);
        // the bureau's own page shows the form
        assertThat(mvc.perform(get("/bureau/reviews").param("period", P).with(user(bureau())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("2025 年认定", "本年没有认定", "419921 东川县");
    }

    @Test
    void aReviewAfterPublicationMakesTheNextRunARevisionThatSaysWhatChanged() throws Exception {
        Path inbox = home.resolve("inbox").resolve(P);
        assertThat(operations.monthly(SampleMonth.PERIOD, inbox, false).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM publication_score WHERE period = ? AND revision = 0", Integer.class, P))
                .isEqualTo(13);
        BigDecimal publishedYtd = (BigDecimal) i1().get("value_ytd");
        LedgerProject project = fundedProject();

        clock.set(THIRD_OF_OCTOBER.plusSeconds(3600));
        assertThat(review(bureau(), "exclude", project.projectNo(), null, "投资方实为市内企业"))
                .endsWith("2025-09 已发布，下次运行（monthly --period 2025-09）将发布更正版");
        assertThat(operations.monthly(SampleMonth.PERIOD, inbox, false).getStatus())
                .as("no --revision needed: the month is locked and the 认定 makes the run a 更正版")
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject(
                        "SELECT revision_reason FROM publication WHERE period = ? AND revision = 1", String.class, P))
                .isEqualTo("认定 419921 项目 " + project.projectNo() + "（不予认定）");
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE action = 'REVISION' AND subject LIKE '%更正原因' ",
                        String.class))
                .isEqualTo("认定 419921 项目 " + project.projectNo() + "（不予认定）");

        BigDecimal revisedYtd = (BigDecimal) i1().get("value_ytd");
        assertThat(revisedYtd).isEqualByComparingTo(publishedYtd.subtract(project.fundsThisYear()));
        List<ScorePart> parts = assembler
                .unitScorecard(SampleMonth.PERIOD, OWN, LocalDate.of(2025, 10, 3), 1)
                .scoreParts();
        assertThat(parts)
                .filteredOn(p -> p.label().equals("更正：到位市外资金"))
                .singleElement()
                .extracting(ScorePart::explanation)
                .isEqualTo("原版 "
                        + publishedYtd
                                .setScale(4, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + " → 本版 "
                        + revisedYtd
                                .setScale(4, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + " 亿元");
        assertThat(assembler
                        .bulletin(SampleMonth.PERIOD, LocalDate.of(2025, 10, 3), 1)
                        .methodNote())
                .contains("更正原因：认定 419921 项目 " + project.projectNo() + "（不予认定）。");
        assertThat(home.resolve("out").resolve(P + ".rev0")).isDirectory();
    }

    @Test
    void theMethodsExclusionsLeaveMatchingProjectsOutAndAreListedAsTheMethods() throws Exception {
        importAndAssess();
        LedgerProject project = fundedProject();
        BigDecimal ytd = (BigDecimal) i1().get("value_ytd");
        BigDecimal sameIndustry = BigDecimal.ZERO;
        long id = jdbc.queryForObject(
                "SELECT MAX(id) FROM return_submission WHERE unit_code = ? AND status = 'ACCEPTED'", Long.class, OWN);
        for (LedgerProject p : ledger.findProjects(id)) {
            if (p.industry().equals(project.industry())
                    && p.investorSource().isFromOutsideCity()
                    && p.fundsThisYear() != null) {
                sameIndustry = sameIndustry.add(p.fundsThisYear());
            }
        }
        Path rules = java.nio.file.Files.createDirectories(home.resolve("rules"));
        Path method = rules.resolve(org.zsyz.scorecard.assess.RulesYaml.fileName(2025));
        java.nio.file.Files.writeString(
                method,
                org.zsyz.scorecard.assess.DefaultMethod.text(2025) + "\nexclusions:\n  - {name: " + project.industry()
                        + "项目不予认定, where: {industry: " + project.industry() + "}}\n");
        try {
            operations.assess(SampleMonth.PERIOD);
            assertThat((BigDecimal) i1().get("value_ytd")).isEqualByComparingTo(ytd.subtract(sameIndustry));
            assertThat(jdbc.queryForList(
                            "SELECT DISTINCT source FROM assessed_exclusion WHERE period = ? AND unit_code = ?",
                            String.class,
                            P,
                            OWN))
                    .containsExactly("METHOD");
            assertThat(assembler
                            .unitScorecard(SampleMonth.PERIOD, OWN, LocalDate.of(2025, 10, 6), 0)
                            .scoreParts())
                    .filteredOn(p -> p.label().equals("核减：" + project.projectName() + "（" + project.projectNo() + "）"))
                    .singleElement()
                    .extracting(ScorePart::explanation)
                    .isEqualTo("考核办法规定：不予认定。" + project.industry() + "项目不予认定");
        } finally {
            java.nio.file.Files.delete(method);
        }
    }
}
