package org.zsyz.scorecard.store.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.domain.AdjustmentKind;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ListMark;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.testsupport.MapperTest;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.store.unit.AssessmentGroup;

@MapperTest
abstract class AssessmentMapperTests {

    static final YearMonth DEC = YearMonth.of(2013, 12);

    @Autowired
    AssessmentMapper assessments;

    @Autowired
    AssessedUnitMapper units;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void groups() {
        units.insertGroup(new AssessmentGroup(2013, "县市区", 1));
        units.insertGroup(new AssessmentGroup(2013, "城区", 2));
    }

    static UnitScore score(String unit, String name, String group, Integer rank, String total) {
        return new UnitScore(
                DEC,
                unit,
                name,
                group,
                rank != null,
                7L,
                ReportStatus.REPORTED,
                new BigDecimal(total),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal(total),
                Grade.EXCELLENT,
                rank,
                2,
                null,
                "新",
                0,
                null,
                DEC,
                LocalDateTime.of(2014, 1, 3, 9, 30),
                "基础分 " + total + " = 总分 " + total);
    }

    static IndicatorResult muyeI1() {
        return new IndicatorResult(
                DEC,
                "410711",
                Indicator.I1,
                new BigDecimal("22.735"),
                null,
                null,
                new BigDecimal("19.8"),
                BigDecimal.ONE,
                new BigDecimal("19.8"),
                new BigDecimal("1.1482323232"),
                new BigDecimal("14.8232323232"),
                null,
                null,
                new BigDecimal("25"),
                new BigDecimal("28.7058080808"),
                1,
                ColourBand.GREEN,
                "25 × min(22.735 ÷ 19.8, 1.2)",
                "RATIO",
                null,
                new BigDecimal("25"),
                new BigDecimal("1.1482323232"));
    }

    @Test
    void resultsKeepFullPrecisionAndTheirFormula() {
        assessments.insertIndicatorResults(List.of(muyeI1()));

        BigDecimal rate = jdbc.queryForObject(
                "SELECT completion_rate FROM indicator_result WHERE unit_code = '410711' AND indicator_code = 'I1'",
                BigDecimal.class);
        assertThat(rate).isEqualByComparingTo("1.1482323232");
        IndicatorResult read =
                assessments.findIndicatorResultsOfUnit(DEC, "410711").get(0);
        assertThat(read.indicator()).isEqualTo(Indicator.I1);
        assertThat(read.formula()).isEqualTo("25 × min(22.735 ÷ 19.8, 1.2)");
        assertThat(read.lastYearYtd()).isNull();
        assertThat(read.indicatorRank()).isEqualTo(1);
        assertThat(read.scoringMethod()).isEqualTo("RATIO");
        assertThat(read.baseWeight()).isEqualByComparingTo("25");
        assertThat(read.scoreShare()).isEqualByComparingTo("1.1482323232");
        assertThat(read.benchmark()).isNull();
    }

    @Test
    void aLongFormulaAndTheUnitsProvenanceAreKept() {
        String formula = "得分 = 权重31.25（原权重25，缺项权重按比例分摊）× ".repeat(20);
        IndicatorResult i1 = muyeI1();
        assessments.insertIndicatorResults(List.of(new IndicatorResult(
                i1.period(),
                i1.unitCode(),
                Indicator.R_START,
                new BigDecimal("0.5"),
                new BigDecimal("2"),
                new BigDecimal("4"),
                null,
                null,
                null,
                new BigDecimal("0.5"),
                null,
                null,
                null,
                new BigDecimal("10"),
                new BigDecimal("6.25"),
                2,
                null,
                formula,
                "RATE",
                new BigDecimal("0.8"),
                new BigDecimal("10"),
                new BigDecimal("0.625"))));
        UnitScore carried = new UnitScore(
                DEC,
                "410782",
                "辉县市",
                "县市区",
                true,
                null,
                ReportStatus.MISSING,
                new BigDecimal("70"),
                BigDecimal.ZERO,
                new BigDecimal("2"),
                new BigDecimal("68.00"),
                Grade.PASS,
                1,
                1,
                null,
                "新",
                1,
                ListMark.RED,
                YearMonth.of(2013, 11),
                null,
                "基础分 70 − 扣分 2 = 总分 68.00");
        assessments.insertUnitScores(List.of(carried));

        IndicatorResult rate =
                assessments.findIndicatorResultsOfUnit(DEC, "410711").get(0);
        assertThat(rate.formula()).hasSize(formula.length()).isEqualTo(formula);
        assertThat(rate.benchmark()).isEqualByComparingTo("0.8");
        UnitScore read = assessments.findUnitScore(DEC, "410782");
        assertThat(read.figuresPeriod()).isEqualTo(YearMonth.of(2013, 11));
        assertThat(read.receivedAt()).isNull();
        assertThat(read.scoreFormula()).isEqualTo("基础分 70 − 扣分 2 = 总分 68.00");
        assertThat(assessments.findUnitScore(DEC, "410782").submissionId()).isNull();
    }

    @Test
    void theRunKeepsTheConfigurationText() {
        String text = "# 考核办法\nname: \"2013年度\"\n" + "# 说明\n".repeat(3000);
        assessments.insertRun(new AssessmentRun(
                DEC,
                LocalDateTime.of(2014, 1, 6, 2, 0),
                "2013年度",
                "a".repeat(64),
                3L,
                "/home/rules/assessment-2013.yml",
                text));

        AssessmentRun run = assessments.findRun(DEC);
        assertThat(run.configText()).isEqualTo(text);
        assertThat(run.configSource()).isEqualTo("/home/rules/assessment-2013.yml");
        assertThat(run.configSha256()).isEqualTo("a".repeat(64));
    }

    @Test
    void lateIsJudgedByTheFirstAcceptedVersion() {
        units.insertUnit(new org.zsyz.scorecard.store.unit.AssessedUnit(2013, "410711", "牧野区", "城区", true, 1));
        submit("410711", 1, "REJECTED", LocalDateTime.of(2014, 1, 2, 8, 0));
        submit("410711", 2, "ACCEPTED", LocalDateTime.of(2014, 1, 4, 8, 0));
        submit("410711", 3, "ACCEPTED", LocalDateTime.of(2014, 1, 9, 8, 0));
        submit("410782", 1, "RETURNED", LocalDateTime.of(2014, 1, 3, 8, 0));
        submit("410782", 2, "ACCEPTED", LocalDateTime.of(2014, 1, 7, 8, 0));
        submit("410721", 1, "REJECTED", LocalDateTime.of(2014, 1, 3, 8, 0));

        assertThat(assessments.findFirstAcceptedArrivals(DEC))
                .containsExactly(
                        new ReturnArrival("410711", LocalDateTime.of(2014, 1, 4, 8, 0)),
                        new ReturnArrival("410782", LocalDateTime.of(2014, 1, 7, 8, 0)));
    }

    void submit(String unit, int version, String status, LocalDateTime at) {
        jdbc.update(
                "INSERT INTO return_submission (unit_code, period, version_no, file_name, sha256, submitted_at, "
                        + "status, late, row_count, error_count, warning_count, source) VALUES (?, '2013-12', ?, ?, ?, ?, ?, "
                        + "FALSE, 0, 0, 0, 'INBOX')",
                unit,
                version,
                unit + ".xlsx",
                "0".repeat(64),
                at,
                status);
    }

    @Test
    void scoresComeInGroupOrderThenRankWithUnrankedLast() {
        assessments.insertUnitScores(List.of(
                score("410711", "牧野区", "城区", 1, "96.50"),
                score("410782", "辉县市", "县市区", 2, "81.25"),
                score("410721", "新乡县", "县市区", null, "99.00"),
                score("410724", "获嘉县", "县市区", 1, "90.10")));

        assertThat(assessments.findUnitScores(DEC))
                .extracting(UnitScore::unitCode)
                .containsExactly("410724", "410782", "410721", "410711");
        assertThat(jdbc.queryForObject(
                        "SELECT total_score FROM unit_score WHERE unit_code = '410782'", BigDecimal.class))
                .isEqualByComparingTo("81.25");
    }

    @Test
    void aPeriodIsReplacedWholeByDeletingItsRows() {
        assessments.insertRun(new AssessmentRun(
                DEC, LocalDateTime.of(2014, 1, 6, 2, 0), "默认考核办法", "d".repeat(64), 12L, null, "name: 默认考核办法"));
        assessments.insertIndicatorResults(List.of(muyeI1()));
        assessments.insertUnitScores(List.of(score("410711", "牧野区", "城区", 1, "96.50")));
        assessments.insertAdjustments(List.of(
                new ScoreAdjustment(DEC, "410711", 1, AdjustmentKind.BONUS, new BigDecimal("3"), "XM-1", "500强项目")));
        assessments.insertWarnings(List.of(new AssessmentWarning(
                DEC, "410711", 1, WarningKind.OVERDUE_START, null, "XM-2", "项目 XM-2 签约超过6个月未开工")));

        assertThat(assessments.findRun(DEC).configName()).isEqualTo("默认考核办法");
        assertThat(assessments.findAdjustments(DEC))
                .singleElement()
                .extracting(ScoreAdjustment::points)
                .satisfies(p -> assertThat(p).isEqualByComparingTo("3"));
        assertThat(assessments.findWarnings(DEC))
                .singleElement()
                .extracting(AssessmentWarning::projectNo)
                .isEqualTo("XM-2");

        assertThat(assessments.deleteIndicatorResults(DEC)).isEqualTo(1);
        assertThat(assessments.deleteUnitScores(DEC)).isEqualTo(1);
        assertThat(assessments.deleteAdjustments(DEC)).isEqualTo(1);
        assertThat(assessments.deleteWarnings(DEC)).isEqualTo(1);
        assertThat(assessments.deleteRun(DEC)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_score", Integer.class))
                .isZero();
    }

    @Test
    void oneUnitsScoreAdjustmentsWarningsAndHistory() {
        assessments.insertUnitScores(
                List.of(score("410711", "牧野区", "城区", 1, "96.50"), score("410782", "辉县市", "县市区", 2, "81.25")));
        assessments.insertIndicatorResults(List.of(muyeI1()));
        assessments.insertAdjustments(List.of(
                new ScoreAdjustment(DEC, "410711", 1, AdjustmentKind.DEDUCTION, new BigDecimal("-1"), null, "逾期报送"),
                new ScoreAdjustment(DEC, "410782", 1, AdjustmentKind.BONUS, BigDecimal.ONE, "X", "500强项目")));
        assessments.insertWarnings(
                List.of(new AssessmentWarning(DEC, "410782", 1, WarningKind.NO_FUNDS, null, "X", "无资金")));

        assertThat(assessments.findUnitScore(DEC, "410782").totalScore()).isEqualByComparingTo("81.25");
        assertThat(assessments.findUnitScore(DEC, "999999")).isNull();
        assertThat(assessments.findAdjustmentsOfUnit(DEC, "410711"))
                .extracting(ScoreAdjustment::reason)
                .containsExactly("逾期报送");
        assertThat(assessments.findWarningsOfUnit(DEC, "410711")).isEmpty();
        assertThat(assessments.findIndicatorHistory("410711", Indicator.I1, YearMonth.of(2013, 1), DEC))
                .extracting(IndicatorResult::period)
                .containsExactly(DEC);
    }

    @Test
    void theClosedListsAreStoredAsBeforeAndReadBackAsTheirEnums() {
        // No migration: the 等次 stays its label, the other lists their names, as the tables have always held them.
        UnitScore carried = new UnitScore(
                DEC,
                "410782",
                "辉县市",
                "县市区",
                true,
                null,
                ReportStatus.MISSING,
                new BigDecimal("70"),
                BigDecimal.ZERO,
                new BigDecimal("2"),
                new BigDecimal("68.00"),
                Grade.FAIL,
                1,
                1,
                null,
                "新",
                1,
                ListMark.BLACK,
                null,
                null,
                null);
        assessments.insertUnitScores(List.of(carried));
        assessments.insertIndicatorResults(List.of(muyeI1()));
        assessments.insertAdjustments(List.of(
                new ScoreAdjustment(DEC, "410782", 1, AdjustmentKind.DEDUCTION, new BigDecimal("-2"), null, "未报送")));
        assessments.insertWarnings(
                List.of(new AssessmentWarning(DEC, "410782", 1, WarningKind.RED_INDICATOR, "I1", null, "严重滞后")));

        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(report_status, '/', grade, '/', list_mark) FROM unit_score "
                                + "WHERE period = '2013-12' AND unit_code = '410782'",
                        String.class))
                .isEqualTo("MISSING/不合格/BLACK");
        assertThat(jdbc.queryForObject(
                        "SELECT colour_band FROM indicator_result WHERE period = '2013-12'", String.class))
                .isEqualTo("GREEN");
        assertThat(jdbc.queryForObject("SELECT kind FROM score_adjustment WHERE period = '2013-12'", String.class))
                .isEqualTo("DEDUCTION");
        assertThat(jdbc.queryForObject("SELECT kind FROM assessment_warning WHERE period = '2013-12'", String.class))
                .isEqualTo("RED_INDICATOR");

        UnitScore read = assessments.findUnitScore(DEC, "410782");
        assertThat(read.reportStatus()).isEqualTo(ReportStatus.MISSING);
        assertThat(read.grade()).isEqualTo(Grade.FAIL);
        assertThat(read.listMark()).isEqualTo(ListMark.BLACK);
        assertThat(assessments.findIndicatorResultsOfUnit(DEC, "410711").get(0).colourBand())
                .isEqualTo(ColourBand.GREEN);
        assertThat(assessments.findAdjustmentsOfUnit(DEC, "410782"))
                .extracting(ScoreAdjustment::kind)
                .containsExactly(AdjustmentKind.DEDUCTION);
        assertThat(assessments.findWarningsOfUnit(DEC, "410782"))
                .extracting(AssessmentWarning::kind)
                .containsExactly(WarningKind.RED_INDICATOR);
    }

    @Test
    void aUnitsYearIsReadOldestFirst() {
        assessments.insertUnitScores(List.of(score("410711", "牧野区", "城区", 1, "96.50")));
        UnitScore november = new UnitScore(
                YearMonth.of(2013, 11),
                "410711",
                "牧野区",
                "城区",
                true,
                6L,
                ReportStatus.LATE,
                new BigDecimal("80"),
                BigDecimal.ZERO,
                BigDecimal.ONE,
                new BigDecimal("79.00"),
                Grade.PASS,
                2,
                2,
                null,
                "新",
                0,
                null,
                YearMonth.of(2013, 11),
                LocalDateTime.of(2013, 12, 8, 9, 0),
                null);
        assessments.insertUnitScores(List.of(november));

        assertThat(assessments.findUnitScoresOfYear("410711", YearMonth.of(2013, 1), DEC))
                .extracting(UnitScore::period)
                .containsExactly(YearMonth.of(2013, 11), DEC);
    }
}
