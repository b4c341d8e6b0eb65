package org.zsyz.scorecard.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.zsyz.scorecard.domain.ObjectionStatus;
import org.zsyz.scorecard.domain.ResultStage;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.operations.TermOperations;
import org.zsyz.scorecard.publish.PublishedFolders;
import org.zsyz.scorecard.report.PdfText;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermObjection;
import org.zsyz.scorecard.store.term.TermUnitResult;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Issue 19's acceptance: the sample city's December returns of three years, assessed year after year; the unit
 * first in its group all three years shows 三连冠 on its 2025 annual scorecard, with 2025's completion rates; the
 * 公示稿 → 异议 → 正式 → 更正版 path; and the refusals that change nothing.
 */
@Import(AnnualAssessmentTests.Clocks.class)
@ScorecardTest
abstract class AnnualAssessmentTests {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TermClock termClock() {
            return new TermClock();
        }
    }

    static final Path home = WorkingFolder.of(AnnualAssessmentTests.class);

    @Autowired
    ScorecardOperations operations;

    @Autowired
    TermOperations terms;

    @Autowired
    TermObjections objections;

    @Autowired
    TermMapper results;

    @Autowired
    TermClock clock;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void threeYearsOfDecembers() throws Exception {
        DatabaseCleaner.clean(dataSource);
        for (String folder : List.of("inbox", "archive", "rejected", "out", "rules", "annual")) {
            PublishedFolders.deleteTree(home.resolve(folder));
        }
        clock.setDay(LocalDate.of(2026, 1, 12));
        for (int year = ThreeYearCity.FIRST; year <= ThreeYearCity.LAST; year++) {
            ThreeYearCity.method(home, year, 11);
            ThreeYearCity.december(home, operations, year);
        }
    }

    @AfterEach
    void leaveNothingBehind() {
        DatabaseCleaner.clean(dataSource);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    private void assessYear(int year) throws Exception {
        clock.setDay(LocalDate.of(year + 1, 1, 12));
        assertThat(terms.run(Term.year(year), false, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void theUnitFirstThreeYearsRunningShows三连冠WithTheYearsCompletionRates() throws Exception {
        for (int year = ThreeYearCity.FIRST; year <= ThreeYearCity.LAST; year++) {
            assessYear(year);
        }
        List<Map<String, Object>> champions = jdbc().queryForList(
                        "SELECT unit_code, unit_name, group_name FROM term_unit_result WHERE term = '2025' AND group_rank = 1"
                                + " AND unit_code IN (SELECT unit_code FROM term_unit_result WHERE term = '2024' AND group_rank = 1)"
                                + " AND unit_code IN (SELECT unit_code FROM term_unit_result WHERE term = '2023' AND group_rank = 1)");
        assertThat(champions).as("a unit first in its group 2023–2025").isNotEmpty();
        String code = (String) champions.get(0).get("unit_code");
        String name = (String) champions.get(0).get("unit_name");
        TermUnitResult y2025 = results.findUnitResult("2025", code);
        assertThat(y2025.firstStreak()).isEqualTo(3);
        assertThat(results.findUnitResult("2024", code).firstStreak()).isEqualTo(2);
        assertThat(results.findUnitResult("2023", code).firstStreak()).isEqualTo(1);
        assertThat(y2025.award()).isEqualTo("招商引资工作优秀单位");

        // the year-end figures are December's, rate for rate
        BigDecimal december = jdbc().queryForObject(
                        "SELECT completion_rate FROM indicator_result WHERE period = '2025-12' AND unit_code = ? AND indicator_code = 'I1'",
                        BigDecimal.class,
                        code);
        BigDecimal annual = jdbc().queryForObject(
                        "SELECT completion_rate FROM term_indicator_result WHERE term = '2025' AND unit_code = ? AND indicator_code = 'I1'",
                        BigDecimal.class,
                        code);
        assertThat(annual).isEqualByComparingTo(december);
        String i1 = december.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";

        Path scorecard =
                home.resolve("out").resolve("2025").resolve(TermDocuments.unitFile(Term.year(2025), code, name));
        String text = PdfText.text(scorecard).replaceAll("\\s", "");
        assertThat(text)
                .contains("三连冠", "公示稿", "招商引资工作优秀单位", i1, "历年考核结果", "2024", "2023")
                .contains(y2025.totalScore().toPlainString());
        assertThat(home.resolve("out").resolve("2025").resolve("年度考核结果通报-2025.pdf"))
                .isRegularFile();
        assertThat(home.resolve("out").resolve("2025").resolve("年度考核结果-2025.xlsx"))
                .isRegularFile();
        assertThat(Files.readString(home.resolve("out").resolve("2025").resolve("MANIFEST.sha256")))
                .contains(TermDocuments.unitFile(Term.year(2025), code, name));
        String bulletin = PdfText.text(home.resolve("out").resolve("2025").resolve("年度考核结果通报-2025.pdf"))
                .replaceAll("\\s", "");
        assertThat(bulletin).contains("三连冠", name, "公示稿", "考核办法");
    }

    @Test
    void aYearWithMonthsMissingIsRefusedSayingWhichAndWhatTheMethodAllows() throws Exception {
        ThreeYearCity.method(home, 2025, 0);
        clock.setDay(LocalDate.of(2026, 1, 12));
        assertThatThrownBy(() -> terms.run(Term.year(2025), false, null))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("缺少 11 个月")
                .hasMessageContaining("2025-01")
                .hasMessageContaining("2025-11")
                .hasMessageContaining("annual.allowed_missing_months = 0")
                .hasMessageContaining("不允许缺月");
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM term_run", Integer.class))
                .isZero();
        assertThat(home.resolve("out").resolve("2025")).doesNotExist();
    }

    @Test
    void aQuarterNotFinishedIsRefused() {
        clock.setDay(LocalDate.of(2025, 12, 20));
        assertThatThrownBy(() -> terms.run(Term.parseQuarter("2025-Q4"), false, null))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("2025年第四季度尚未结束");
    }

    @Test
    void verifiedFiguresForAUnitThatDoesNotExistAreRefusedAndChangeNothing() throws Exception {
        assessYear(2023);
        Path folder = home.resolve("annual").resolve("2024");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(TermInputFiles.VERIFIED), "单位代码,指标代码,核定数\n999999,I1,12.5\n");
        clock.setDay(LocalDate.of(2025, 1, 12));
        assertThatThrownBy(() -> terms.run(Term.year(2024), false, null))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("核定数.csv 第 2 行")
                .hasMessageContaining("999999");
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM term_run", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void verifiedFiguresAndAdjustmentsChangeTheYearsResult() throws Exception {
        String code = jdbc().queryForObject(
                        "SELECT MIN(unit_code) FROM indicator_result WHERE period = '2025-12' AND indicator_code = 'I1'"
                                + " AND weight IS NOT NULL",
                        String.class);
        BigDecimal target = jdbc().queryForObject(
                        "SELECT target_value FROM indicator_result WHERE period = '2025-12' AND unit_code = ? AND indicator_code = 'I1'",
                        BigDecimal.class,
                        code);
        Path folder = home.resolve("annual").resolve("2025");
        Files.createDirectories(folder);
        BigDecimal verified = target.multiply(new BigDecimal("1.1")).setScale(4, RoundingMode.HALF_UP);
        Files.writeString(
                folder.resolve(TermInputFiles.VERIFIED),
                "单位代码,指标代码,核定数\n" + code + ",I1," + verified.toPlainString() + "\n");
        Files.writeString(
                folder.resolve(TermInputFiles.ADJUSTMENTS), "单位代码,分值,事由\n" + code + ",2,工作创新\n" + code + ",-1,约谈\n");
        assessYear(2025);
        Map<String, Object> i1 = jdbc().queryForMap(
                        "SELECT value_ytd, completion_rate, verified FROM term_indicator_result WHERE term = '2025' AND unit_code = ? AND indicator_code = 'I1'",
                        code);
        assertThat((BigDecimal) i1.get("value_ytd")).isEqualByComparingTo(verified);
        assertThat(((BigDecimal) i1.get("completion_rate")).setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("1.1");
        assertThat(i1.get("verified")).isEqualTo(Boolean.TRUE);
        TermUnitResult u = results.findUnitResult("2025", code);
        assertThat(u.adjustmentTotal()).isEqualByComparingTo("1");
        // total = 平时 × 40% + 年终 × 60% + 1, rounded once
        BigDecimal expected = u.monthlyAverage()
                .multiply(new BigDecimal("0.4"))
                .add(u.termEndScore().multiply(new BigDecimal("0.6")))
                .add(BigDecimal.ONE)
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(u.totalScore()).isEqualByComparingTo(expected);
        assertThat(u.scoreFormula()).contains("工作创新", "约谈", "× 40%", "× 60%");
    }

    @Test
    void theNoticeTakesObjectionsInItsWindowThenBecomesFinalAndOnlyACorrectionChangesIt() throws Exception {
        assessYear(2025); // published 2026-01-12 (Monday): 5 working days → 2026-01-19
        assertThat(results.findLatestPublication("2025").stage()).isEqualTo(ResultStage.NOTICE);
        assertThat(results.findLatestPublication("2025").objectionDeadline()).isEqualTo(LocalDate.of(2026, 1, 19));
        String code = results.findUnitResults("2025").get(0).unitCode();

        TermObjection filed = objections.file(
                Term.year(2025),
                code,
                "county",
                "12月到位资金漏报一笔",
                List.of(new TermObjections.Attachment("到账凭证.pdf", new byte[] {1, 2, 3})));
        assertThat(filed.status()).isEqualTo(ObjectionStatus.PENDING);
        assertThat(objections.files(filed.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.fileName()).isEqualTo("到账凭证.pdf"));

        clock.setDay(LocalDate.of(2026, 1, 16));
        assertThatThrownBy(() -> terms.finalise(Term.year(2025)))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("期满后才能定稿");
        clock.setDay(LocalDate.of(2026, 1, 20));
        assertThatThrownBy(() -> objections.file(Term.year(2025), code, "county", "再补一条", List.of()))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("公示期已于 2026-01-19 结束");
        assertThat(objections.all(Term.year(2025))).hasSize(1);
        assertThatThrownBy(() -> terms.finalise(Term.year(2025)))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("1 条异议未答复");
        assertThatThrownBy(() -> objections.answer(filed.id(), false, " ", "bureau"))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("须写明理由");
        assertThat(objections
                        .answer(filed.id(), false, "该笔资金于2026年1月到账，不计入2025年", "bureau")
                        .status())
                .isEqualTo(ObjectionStatus.REJECTED);

        assertThat(terms.finalise(Term.year(2025)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(results.findLatestPublication("2025").stage()).isEqualTo(ResultStage.FINAL);
        Path bulletin = home.resolve("out").resolve("2025").resolve("年度考核结果通报-2025.pdf");
        assertThat(PdfText.text(bulletin).replaceAll("\\s", ""))
                .contains("【正式】")
                .doesNotContain("公示稿");
        assertThat(home.resolve("out").resolve("2025.rev0")).isDirectory(); // the 公示稿 kept beside it

        assertThatThrownBy(() -> terms.run(Term.year(2025), false, null))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("结果已锁定");
        assertThatThrownBy(() -> terms.run(Term.year(2025), true, null))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("--reason");
        assertThat(terms.run(Term.year(2025), true, "核定数更正").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(results.findLatestPublication("2025").stage()).isEqualTo(ResultStage.CORRECTED);
        assertThat(PdfText.text(bulletin).replaceAll("\\s", "")).contains("【更正版】", "更正说明：核定数更正");
    }

    @Test
    void aQuarterIsAssessedFromItsLastMonthIntoItsOwnFolder() throws Exception {
        ThreeYearCity.method(home, 2025, 11); // quarterly: allowed_missing_months stays 0
        clock.setDay(LocalDate.of(2026, 1, 12));
        assertThatThrownBy(() -> terms.run(Term.parseQuarter("2025-Q4"), false, null))
                .isInstanceOf(TermRefusedException.class)
                .hasMessageContaining("2025-10、2025-11")
                .hasMessageContaining("quarterly.allowed_missing_months = 0");
        Path rules = home.resolve("rules").resolve("assessment-2025.yml");
        Files.writeString(
                rules,
                Files.readString(rules)
                        .replace(
                                "allowed_missing_months: 0       # 允许缺少的月份数",
                                "allowed_missing_months: 2       # 允许缺少的月份数"));
        assertThat(terms.run(Term.parseQuarter("2025-Q4"), false, null).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        List<TermUnitResult> q4 = results.findUnitResults("2025-Q4");
        assertThat(q4).isNotEmpty();
        // 平时 weight 0: the quarter's total is December's total (its indicator scores and 加分)
        TermUnitResult first = q4.get(0);
        BigDecimal decemberBase = jdbc().queryForObject(
                        "SELECT base_score + bonus FROM unit_score WHERE period = '2025-12' AND unit_code = ?",
                        BigDecimal.class,
                        first.unitCode());
        assertThat(first.totalScore()).isEqualByComparingTo(decemberBase.setScale(2, RoundingMode.HALF_UP));
        assertThat(first.award()).isEqualTo("季度红榜");
        assertThat(home.resolve("out").resolve("2025-Q4").resolve("季度考核结果通报-2025-Q4.pdf"))
                .isRegularFile();
    }
}
