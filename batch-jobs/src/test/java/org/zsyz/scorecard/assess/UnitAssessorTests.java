package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.assess.LedgerFixtures.project;
import static org.zsyz.scorecard.assess.UnitFixture.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;

/** docs/method.md, Figures and Scores, for one unit: golden figures worked out by hand. */
class UnitAssessorTests {

    static final YearMonth DEC_2013 = YearMonth.of(2013, 12);

    /** The worked example of docs/method.md: 牧野区, 2013-12, targets 19.8 / 18 / 2699. */
    static UnitFixture muye() {
        return unit("410711")
                .group("城区")
                .target(Indicator.I1, "19.8")
                .target(Indicator.I2, "18")
                .target(Indicator.I3, "2699")
                .project(project().source(InvestorSource.OTHER_CITY_IN_PROVINCE).fundsThisYear("2.835"))
                .project(project().source(InvestorSource.OUT_OF_PROVINCE).fundsThisYear("19.9"))
                .project(project().source(InvestorSource.FOREIGN).foreign("4289"));
    }

    static String shown(BigDecimal ratio) {
        return Decimals.displayPercent(ratio).toPlainString();
    }

    @Test
    void theSpecWorkedExample() {
        UnitOutcome out = muye().assess(DEC_2013);

        assertThat(shown(out.indicator(Indicator.I1).completion())).isEqualTo("114.82");
        assertThat(shown(out.indicator(Indicator.I2).completion())).isEqualTo("110.56");
        assertThat(shown(out.indicator(Indicator.I3).completion())).isEqualTo("158.91");
        assertThat(out.indicator(Indicator.I1).progress()).isEqualByComparingTo("1");
        assertThat(out.indicator(Indicator.I1).scheduleTarget()).isEqualByComparingTo("19.8");
        assertThat(Decimals.display2(out.indicator(Indicator.I1).gapPoints()).toPlainString())
                .isEqualTo("14.82");
        assertThat(Decimals.display2(out.indicator(Indicator.I2).gapPoints()).toPlainString())
                .isEqualTo("10.56");
        assertThat(Decimals.display2(out.indicator(Indicator.I3).gapPoints()).toPlainString())
                .isEqualTo("58.91");
        assertThat(out.indicator(Indicator.I1).band()).isEqualTo(ColourBand.GREEN);
    }

    @Test
    void theWorkedExampleIsScoredAndExplained() {
        // Targets for I1, I2, I3 only: I4, I5, I6 (35 points) cannot be scored. The cohort (three projects signed
        // 2013-03-01, not started, 2 亿元 each) gives the rates, so the scored weights are I1 25 + I3 15 + rates 25 = 65.
        UnitOutcome out = muye().assess(DEC_2013);

        IndicatorOutcome i1 = out.indicator(Indicator.I1);
        // 25 × 100 ÷ 65 = 38.4615…; share min(1.148232…, 1.2); score 44.1628…
        assertThat(Decimals.display2(i1.weight()).toPlainString()).isEqualTo("38.46");
        assertThat(Decimals.display2(i1.score()).toPlainString()).isEqualTo("44.16");
        assertThat(i1.formula())
                .isEqualTo("完成程度 = 累计22.735 ÷ 序时目标19.8（年度目标19.8 × 序时进度100%） = 114.8232%；"
                        + "得分 = 权重38.4615（原权重25；新签约亿元以上项目10分、新签约合同额10分、新开工亿元以上项目15分本期不计分，"
                        + "其权重按比例分摊：25 × 100 ÷ 65） × min(114.8232%, 封顶120%) = 44.16");
        assertThat(out.indicator(Indicator.I4).formula())
                .isEqualTo("新签约亿元以上项目未设年度目标（或目标为0），显示“—”，不计分；其权重10分按比例分摊到本单位其他计分指标");
        assertThat(out.indicator(Indicator.I2).formula()).isEqualTo("权重为0，只列示、不计分");
        // 开工率 0 of 3: 0 points; 履约率 3 of 3 → 7 × 100/65; 资金到位率 22.735 ÷ 6 ≫ 30% → capped.
        assertThat(out.indicator(Indicator.R_START).formula())
                .startsWith("项目开工率 = 已开工及已竣工项目0个 ÷ 签约项目3个 = 0%；完成程度 = 0% ÷ 基准80% = 0%；得分 = 权重15.3846");
    }

    @Test
    void midYearTheScheduleTargetIsTheTargetTimesMOver12() {
        // June: p = 6/12 = 50%; 8 of a 20 target is 40% done, exactly 10 points behind: light green.
        UnitOutcome out = unit("U1")
                .target(Indicator.I1, "20")
                .lastYear(Indicator.I1, "5")
                .i1("8")
                .assess(YearMonth.of(2013, 6));
        IndicatorOutcome i1 = out.indicator(Indicator.I1);

        assertThat(i1.scheduleTarget()).isEqualByComparingTo("10");
        assertThat(i1.completion()).isEqualByComparingTo("0.4");
        assertThat(i1.gapPoints()).isEqualByComparingTo("-10");
        assertThat(i1.band()).isEqualTo(ColourBand.LIGHT_GREEN);
        assertThat(i1.yoy()).isEqualByComparingTo("0.6");
        // The rates are "—" (nothing signed in 2013), so I1 carries all 100 points: 100 × 8 ÷ 10.
        assertThat(i1.weight()).isEqualByComparingTo("100");
        assertThat(i1.score()).isEqualByComparingTo("80");
    }

    /** Worked by hand: p(m) = m/12; 完成率 = YTD ÷ target; 序时差 = (完成率 − p) × 100, shown to 2 decimals. */
    @ParameterizedTest(name = "{0}: target {1}, YTD {2} → 完成率 {3}%, 序时目标 {4}, 序时差 {5} ({6})")
    @CsvSource({
        "2013-03, 12,     2.5,   20.83,  3,  -4.17, LIGHT_GREEN",
        "2013-07, 36,     30,    83.33, 21,  25.00, GREEN",
        "2013-11, 11,     3,     27.27, 10.08333333333333333333333333333333, -64.39, RED",
        "2013-01, 24,     1.5,    6.25,  2,  -2.08, LIGHT_GREEN",
        "2013-09, 40,     10,    25.00, 30, -50.00, RED",
        "2013-05, 60,     5,      8.33, 25, -33.33, RED",
        "2013-08, 30,     15,    50.00, 20, -16.67, YELLOW",
        "2013-06, 100000, 39996, 40.00, 50000, -10.00, LIGHT_GREEN",
        "2013-06, 100000, 39995, 40.00, 50000, -10.01, YELLOW",
        "2013-04, 3,      1,     33.33,  1,   0.00, GREEN",
        "2013-07, 12,     5.7994, 48.33, 7, -10.01, YELLOW",
        "2013-02, 12,     0.7994,  6.66, 2, -10.01, YELLOW",
    })
    void scheduleGapInMidYearMonths(
            String period,
            String target,
            String ytd,
            String completion,
            String scheduleTarget,
            String gap,
            ColourBand band) {
        IndicatorOutcome i1 = unit("U1")
                .target(Indicator.I1, target)
                .i1(ytd)
                .assess(YearMonth.parse(period))
                .indicator(Indicator.I1);

        assertThat(shown(i1.completion())).isEqualTo(completion);
        assertThat(i1.scheduleTarget()).isEqualByComparingTo(scheduleTarget);
        assertThat(Decimals.display2(i1.gapPoints()).toPlainString()).isEqualTo(gap);
        assertThat(i1.band()).isEqualTo(band);
    }

    @Test
    void aConfiguredScheduleReplacesMOver12() {
        Schedule schedule = Schedule.configured(Map.of(3, new BigDecimal("0.18"), 10, new BigDecimal("0.78")));

        IndicatorOutcome march = unit("U1")
                .target(Indicator.I1, "20")
                .i1("3")
                .assess(YearMonth.of(2013, 3), AssessmentRules.defaults(), schedule)
                .indicator(Indicator.I1);
        IndicatorOutcome october = unit("U1")
                .target(Indicator.I1, "50")
                .i1("30")
                .assess(YearMonth.of(2013, 10), AssessmentRules.defaults(), schedule)
                .indicator(Indicator.I1);
        IndicatorOutcome june = unit("U1")
                .target(Indicator.I1, "50")
                .i1("30")
                .assess(YearMonth.of(2013, 6), AssessmentRules.defaults(), schedule)
                .indicator(Indicator.I1);

        assertThat(march.scheduleTarget()).isEqualByComparingTo("3.6");
        assertThat(march.gapPoints()).isEqualByComparingTo("-3");
        assertThat(october.scheduleTarget()).isEqualByComparingTo("39");
        assertThat(october.gapPoints()).isEqualByComparingTo("-18");
        assertThat(october.band()).isEqualTo(ColourBand.YELLOW);
        assertThat(june.progress()).isEqualByComparingTo("0.5"); // not configured for June: m/12
    }

    /** 同比 = (YTD − 上年同期) ÷ 上年同期; "—" where last year's figure is missing or 0. */
    @ParameterizedTest(name = "YTD {0} against last year {1} → {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "8,      5,    60.00",
                "4,      5,    -20.00",
                "0,      2,    -100.00",
                "22.735, 19.9, 14.25",
                "5,      5,    0.00",
                "3,      0,    none",
                "3,      none, none",
            })
    void yearOnYear(String ytd, String lastYear, String yoy) {
        UnitFixture u = unit("U1").target(Indicator.I1, "10").i1(ytd);
        if (lastYear != null) {
            u.lastYear(Indicator.I1, lastYear);
        }
        BigDecimal growth = u.assess(DEC_2013).indicator(Indicator.I1).yoy();

        assertThat(growth == null ? null : shown(growth)).isEqualTo(yoy);
    }

    /** The cohort of LedgerFiguresTests.aCohortWorkedByHand, scored: 履约 2/4, 开工 2/4, 资金 11/24. */
    @Test
    void theCohortRatesAreScoredAgainstTheirBenchmarks() {
        UnitFixture u = unit("U1").target(Indicator.I1, "10").i1("10");
        LedgerFiguresTests.handWorkedCohort().forEach(u::project);
        UnitOutcome out = u.assess(DEC_2013);

        // Scored: I1 25 + rates 25 = 50 → every weight doubles.
        assertThat(out.indicator(Indicator.R_FULFIL).weight()).isEqualByComparingTo("14");
        assertThat(out.indicator(Indicator.R_FULFIL).score()).isEqualByComparingTo("7"); // 14 × 50% ÷ 100%
        assertThat(out.indicator(Indicator.R_START).score()).isEqualByComparingTo("12.5"); // 20 × 50% ÷ 80%
        assertThat(out.indicator(Indicator.R_FUNDS).score()).isEqualByComparingTo("16"); // 16 × min(45.83% ÷ 30%, 1)
        assertThat(shown(out.indicator(Indicator.R_FUNDS).completion())).isEqualTo("45.83");
        assertThat(out.indicator(Indicator.R_FUNDS).formula())
                .isEqualTo("资金到位率 = 累计到位资金11亿元 ÷ 合同投资额24亿元 = "
                        + "45.8333%；完成程度 = 45.8333% ÷ 基准30% = 152.7778%；得分 = 权重16（原权重8；实际利用外资15分、"
                        + "新签约亿元以上项目10分、新签约合同额10分、新开工亿元以上项目15分本期不计分，其权重按比例分摊：8 × 100 ÷ 50） × "
                        + "min(152.7778%, 100%) = 16.00");
    }

    @Test
    void anEmptyCohortIsNotScoredAndSaysWhy() {
        UnitOutcome out = unit("U1").target(Indicator.I1, "10").i1("5").assess(DEC_2013);

        assertThat(out.indicator(Indicator.R_START).completion()).isNull();
        assertThat(out.indicator(Indicator.R_START).score()).isNull();
        assertThat(out.indicator(Indicator.R_START).formula())
                .isEqualTo("自2013-01-01至2013-12-31无签约项目，项目开工率显示“—”，不计分；其权重10分按比例分摊到本单位其他计分指标");
    }

    @Test
    void missingTargetsShareTheirWeightOutProRata() {
        // Only I1 (25) and the rates (25) are scoreable: I3, I4, I5, I6 (50) have no target.
        UnitOutcome out = unit("U1")
                .target(Indicator.I1, "10")
                .project(project().fundsThisYear("10"))
                .assess(DEC_2013);

        assertThat(out.indicator(Indicator.I1).weight()).isEqualByComparingTo("50");
        assertThat(out.indicator(Indicator.I3).weight()).isNull();
        assertThat(out.indicator(Indicator.I3).completion()).isNull();
        assertThat(out.indicator(Indicator.R_FULFIL).weight()).isEqualByComparingTo("14");
        assertThat(out.indicator(Indicator.R_START).weight()).isEqualByComparingTo("20");
        assertThat(out.indicator(Indicator.R_FUNDS).weight()).isEqualByComparingTo("16");
    }

    @Test
    void aZeroTargetIsNoTargetAndABlankTripCountIsNotScored() {
        AssessmentRules rules =
                RulesYamlTests.withWeights(Map.of(Indicator.I2, "0", Indicator.I7, "10", Indicator.I6, "5"));
        UnitOutcome blank = unit("U1")
                .target(Indicator.I1, "0")
                .target(Indicator.I7, "12")
                .i1("5")
                .assess(DEC_2013, rules, Schedule.evenly());
        UnitOutcome counted =
                unit("U1").target(Indicator.I7, "12").trips(9).i1("5").assess(DEC_2013, rules, Schedule.evenly());

        assertThat(blank.indicator(Indicator.I1).target()).isNull();
        assertThat(blank.indicator(Indicator.I1).completion()).isNull();
        assertThat(blank.indicator(Indicator.I7).score()).isNull();
        assertThat(blank.indicator(Indicator.I7).formula()).startsWith("报表未填外出招商，显示“—”，不计分");
        assertThat(counted.indicator(Indicator.I7).score()).isEqualByComparingTo("75"); // all 100 × 9 ÷ 12
    }

    @Test
    void lateAndMissingReturnsAreDeductedFlaggedAndExplained() {
        UnitAssessor assessor = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), DEC_2013);
        UnitOutcome onTime = assessor.assess(muye().build(DEC_2013, AssessmentRules.defaults()));
        UnitOutcome late = assessor.assess(
                muye().late(LocalDateTime.of(2014, 1, 6, 8, 30)).build(DEC_2013, AssessmentRules.defaults()));
        UnitOutcome missing =
                assessor.assess(muye().missing(YearMonth.of(2013, 11)).build(DEC_2013, AssessmentRules.defaults()));
        UnitOutcome nothing = assessor.assess(muye().missing(null).build(DEC_2013, AssessmentRules.defaults()));
        assessor.finishGroup(List.of(onTime, late, missing, nothing));

        assertThat(late.deduction()).isEqualByComparingTo("1");
        assertThat(missing.deduction()).isEqualByComparingTo("2");
        assertThat(onTime.total().subtract(late.total())).isEqualByComparingTo("1");
        assertThat(onTime.total().subtract(missing.total())).isEqualByComparingTo("2");
        assertThat(late.total().scale()).isEqualTo(2);
        assertThat(late.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.points()).isEqualByComparingTo("-1");
            assertThat(a.reason()).isEqualTo("扣分：逾期报送，首份被接收的报表于2014-01-06 08:30收到，报送截止日为2014-01-05，扣1分");
        });
        assertThat(missing.adjustments())
                .singleElement()
                .extracting(UnitOutcome.Adjustment::reason)
                .isEqualTo("扣分：本期未报送，按2013-11报表数据列示，扣2分");
        assertThat(missing.warnings())
                .extracting(UnitOutcome.Warning::kind)
                .containsExactly(
                        WarningKind.NOT_REPORTED,
                        WarningKind.OVERDUE_START,
                        WarningKind.OVERDUE_START,
                        WarningKind.OVERDUE_START);
        assertThat(onTime.warnings()).extracting(UnitOutcome.Warning::kind).doesNotContain(WarningKind.NOT_REPORTED);
        assertThat(nothing.indicator(Indicator.I1).completion()).isEqualByComparingTo("0");
        assertThat(nothing.total()).isEqualByComparingTo("-2.00");
        assertThat(nothing.warnings())
                .extracting(UnitOutcome.Warning::message)
                .containsExactly(
                        "本期未报送，本年度此前也无报表数据可沿用，各项按无数据计",
                        "到位市外资金完成率0.00%，序时进度100.00%，落后100.00个百分点（红色）",
                        "其中省外资金完成率0.00%，序时进度100.00%，落后100.00个百分点（红色）",
                        "实际利用外资完成率0.00%，序时进度100.00%，落后100.00个百分点（红色）");
    }

    @Test
    void theDeadlineDayIsOnTimeAndAShortMonthUsesItsLastDay() {
        AssessmentRules rules = AssessmentRules.defaults();
        assertThat(rules.isLate(DEC_2013, LocalDateTime.of(2014, 1, 5, 23, 59))).isFalse();
        assertThat(rules.isLate(DEC_2013, LocalDateTime.of(2014, 1, 6, 0, 0))).isTrue();
        AssessmentRules day31 = rules.withDeadlineDay(31);
        assertThat(day31.deadline(YearMonth.of(2013, 1))).isEqualTo(LocalDate.of(2013, 2, 28));
        assertThat(day31.deadline(YearMonth.of(2024, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void bonusesAreCappedAtTenBiggestFirst() {
        UnitOutcome out = unit("U1")
                .project(project().no("B").contract("12"))
                .project(project().no("A").contract("55"))
                .project(project().no("C").contract("60"))
                .assess(DEC_2013);

        assertThat(out.bonus()).isEqualByComparingTo("10");
        assertThat(out.adjustments())
                .extracting(UnitOutcome.Adjustment::projectNo)
                .containsExactly("A", "C", "B");
        assertThat(out.adjustments())
                .extracting(a -> a.points().toPlainString())
                .containsExactly("8", "2", "0");
        assertThat(out.adjustments().get(1).reason()).endsWith("加2分（应加8分，受加分上限10分限制）");
        assertThat(out.adjustments().get(2).reason()).endsWith("加0分（加分已达上限10分，本项不再加分）");
    }

    @Test
    void aProjectEarnsOneBonusAtItsHighestTierAndSaysSo() {
        UnitOutcome out = unit("U1")
                .project(project().no("XM-9").contract("60").fortune500())
                .assess(DEC_2013);

        assertThat(out.bonus()).isEqualByComparingTo("8");
        assertThat(out.adjustments())
                .singleElement()
                .extracting(UnitOutcome.Adjustment::reason)
                .isEqualTo("加分：项目“项目XM-9”（XM-9，2013-03-01签约，合同投资额60亿元，世界500强企业投资）属合同投资额50亿元以上项目"
                        + "（同时符合世界500强企业投资、合同投资额10亿元以上、合同投资额50亿元以上，按最高档计一次），加8分");
    }

    /** Grades compare the total as shown; a bound belongs to the better grade. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "120.00, 优秀",
        "90.00, 优秀",
        "89.99, 良好",
        "80.00, 良好",
        "79.99, 合格",
        "60.00, 合格",
        "59.99, 不合格",
        "0.00, 不合格",
        "-2.00, 不合格"
    })
    void gradesAtTheirBounds(String total, String grade) {
        assertThat(AssessmentRules.defaults().grades().of(new BigDecimal(total)).label())
                .isEqualTo(grade);
    }

    @Test
    void theTotalIsRoundedHalfUpAndGradedAsShown() {
        // 100 × 0.89995 = 89.995 → 89.99|5 rounds up to 90.00: 优秀 by the displayed figure.
        UnitAssessor assessor = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), DEC_2013);
        UnitOutcome u = assessor.assess(
                unit("U1").target(Indicator.I1, "20").i1("17.999").build(DEC_2013, AssessmentRules.defaults()));
        assessor.finishGroup(List.of(u));

        assertThat(u.baseScore()).isEqualByComparingTo("89.995");
        assertThat(u.total().toPlainString()).isEqualTo("90.00");
        assertThat(u.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(u.scoreFormula())
                .isEqualTo("指标得分 到位市外资金90.00 = 90.00；加分 0.00；扣分 0.00；总分 = 90.00 + 0.00 − 0.00 "
                        + "= 90.00（按全精度相加后四舍五入到两位小数）；等次：优秀");
    }
}
