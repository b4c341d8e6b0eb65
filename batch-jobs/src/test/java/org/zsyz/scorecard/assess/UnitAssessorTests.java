package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.assess.LedgerFixtures.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.indicator.Indicator;
import org.zsyz.scorecard.project.InvestorSource;
import org.zsyz.scorecard.project.ProjectStatus;

class UnitAssessorTests {

    static final YearMonth DEC_2013 = YearMonth.of(2013, 12);

    static Map<Indicator, BigDecimal> targets(Object... pairs) {
        Map<Indicator, BigDecimal> map = new EnumMap<>(Indicator.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Indicator) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return map;
    }

    /** SPEC's worked example: 牧野区, 2013-12, targets 19.8 / 18 / 2699. */
    static UnitInput muye(YearMonth period, UnitInput.ReportStatus status) {
        LedgerFigures figures = new LedgerFigures(period, AssessmentRules.defaults());
        figures.add(project().source(InvestorSource.OTHER_CITY_IN_PROVINCE).fundsThisYear("2.835").build());
        figures.add(project().source(InvestorSource.OUT_OF_PROVINCE).fundsThisYear("19.9").build());
        figures.add(project().source(InvestorSource.FOREIGN).foreign("4289").build());
        return new UnitInput("410711", "牧野区", "城区", true, 1L, status, figures,
                targets(Indicator.I1, "19.8", Indicator.I2, "18", Indicator.I3, "2699"), Map.of());
    }

    @Test
    void theSpecWorkedExample() {
        UnitOutcome out = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), DEC_2013)
                .assess(muye(DEC_2013, UnitInput.ReportStatus.REPORTED));

        assertThat(Decimals.displayPercent(out.indicator(Indicator.I1).completion())).isEqualByComparingTo("114.82");
        assertThat(Decimals.displayPercent(out.indicator(Indicator.I2).completion())).isEqualByComparingTo("110.56");
        assertThat(Decimals.displayPercent(out.indicator(Indicator.I3).completion())).isEqualByComparingTo("158.91");
        assertThat(out.indicator(Indicator.I1).progress()).isEqualByComparingTo("1");
        assertThat(Decimals.display2(out.indicator(Indicator.I1).gapPoints())).isEqualByComparingTo("14.82");
        assertThat(out.indicator(Indicator.I1).band()).isEqualTo(ScheduleBand.GREEN);
    }

    @Test
    void midYearTheScheduleTargetIsTheTargetTimesMOver12() {
        // June: p = 6/12 = 50%; 8 of a 20 target is 40% done, 10 percentage points behind schedule.
        YearMonth june = YearMonth.of(2013, 6);
        LedgerFigures figures = new LedgerFigures(june, AssessmentRules.defaults());
        // Signed before the cohort: the rates are "—", so I1 is the only indicator scored.
        figures.add(project().fundsThisYear("8").signed(LocalDate.of(2012, 5, 1)).build());
        UnitInput in = new UnitInput("U1", "甲县", "县市区", true, 1L, UnitInput.ReportStatus.REPORTED, figures,
                targets(Indicator.I1, "20"), Map.of(Indicator.I1, new BigDecimal("5")));

        IndicatorOutcome i1 = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), june).assess(in)
                .indicator(Indicator.I1);

        assertThat(i1.scheduleTarget()).isEqualByComparingTo("10");
        assertThat(i1.completion()).isEqualByComparingTo("0.4");
        assertThat(i1.gapPoints()).isEqualByComparingTo("-10");
        assertThat(i1.band()).isEqualTo(ScheduleBand.LIGHT_GREEN);
        assertThat(i1.yoy()).isEqualByComparingTo("0.6");
        // 8 ÷ 10 of the schedule: the only scored indicator gets all 100 weight points × 0.8.
        assertThat(i1.weight()).isEqualByComparingTo("100");
        assertThat(i1.score()).isEqualByComparingTo("80");
    }

    @Test
    void aConfiguredScheduleReplacesMOver12() {
        YearMonth march = YearMonth.of(2013, 3);
        LedgerFigures figures = new LedgerFigures(march, AssessmentRules.defaults());
        figures.add(project().fundsThisYear("3").build());
        UnitInput in = new UnitInput("U1", "甲县", "县市区", true, 1L, UnitInput.ReportStatus.REPORTED, figures,
                targets(Indicator.I1, "20"), Map.of());
        Schedule schedule = Schedule.configured(Map.of(3, new BigDecimal("0.18")));

        IndicatorOutcome i1 = new UnitAssessor(AssessmentRules.defaults(), schedule, march).assess(in)
                .indicator(Indicator.I1);

        assertThat(i1.scheduleTarget()).isEqualByComparingTo("3.6");
        assertThat(i1.gapPoints()).isEqualByComparingTo("-3");
    }

    @Test
    void overCompletionEarnsUpToTheCapAndRatesUpToTheirBenchmark() {
        YearMonth dec = DEC_2013;
        LedgerFigures figures = new LedgerFigures(dec, AssessmentRules.defaults());
        figures.add(project().fundsThisYear("30").status(ProjectStatus.STARTED).started(LocalDate.of(2013, 5, 1))
                .contract("10").build());
        UnitInput in = new UnitInput("U1", "甲县", "县市区", true, 1L, UnitInput.ReportStatus.REPORTED, figures,
                targets(Indicator.I1, "10", Indicator.I3, "100", Indicator.I4, "2", Indicator.I5, "20", Indicator.I6, "1"),
                Map.of());

        UnitOutcome out = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), dec).assess(in);

        assertThat(out.indicator(Indicator.I1).score()).isEqualByComparingTo("30"); // 25 × 1.2
        assertThat(out.indicator(Indicator.I3).score()).isEqualByComparingTo("0");
        assertThat(out.indicator(Indicator.I4).score()).isEqualByComparingTo("5"); // 10 × 1/2
        assertThat(out.indicator(Indicator.I6).score()).isEqualByComparingTo("15"); // 15 × min(1, 1.2)
        assertThat(out.indicator(Indicator.R_START).score()).isEqualByComparingTo("10"); // 100% vs 80%: capped at 1
        assertThat(out.indicator(Indicator.R_FUNDS).score()).isEqualByComparingTo("8"); // 30 ÷ 10 ≫ 30%
        assertThat(out.indicator(Indicator.I1).formula()).isEqualTo("25 × min(累计30 ÷ 序时目标10, 1.2) = 30.00");
    }

    @Test
    void missingTargetsShareTheirWeightOutProRata() {
        LedgerFigures figures = new LedgerFigures(DEC_2013, AssessmentRules.defaults());
        figures.add(project().fundsThisYear("10").build());
        // Only I1 (25) and the rates (25) are scoreable: I3, I4, I5, I6 (50) have no target.
        UnitInput in = new UnitInput("U1", "甲县", "县市区", true, 1L, UnitInput.ReportStatus.REPORTED, figures,
                targets(Indicator.I1, "10"), Map.of());

        UnitOutcome out = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), DEC_2013).assess(in);

        assertThat(out.indicator(Indicator.I1).weight()).isEqualByComparingTo("50");
        assertThat(out.indicator(Indicator.I3).weight()).isNull();
        assertThat(out.indicator(Indicator.I3).completion()).isNull();
        assertThat(out.indicator(Indicator.R_FULFIL).weight()).isEqualByComparingTo("14");
    }

    @Test
    void lateAndMissingReturnsAreDeductedAndTheTotalIsRoundedForRanking() {
        UnitAssessor assessor = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), DEC_2013);
        UnitOutcome late = assessor.assess(muye(DEC_2013, UnitInput.ReportStatus.LATE));
        UnitOutcome missing = assessor.assess(muye(DEC_2013, UnitInput.ReportStatus.MISSING));
        assessor.finishGroup(List.of(late, missing));

        assertThat(late.deduction()).isEqualByComparingTo("1");
        assertThat(missing.deduction()).isEqualByComparingTo("2");
        assertThat(late.total().subtract(missing.total())).isEqualByComparingTo("1");
        assertThat(late.total().scale()).isEqualTo(2);
    }

    @Test
    void bonusesAreCappedAtTen() {
        LedgerFigures figures = new LedgerFigures(DEC_2013, AssessmentRules.defaults());
        figures.add(project().no("A").contract("60").build());
        figures.add(project().no("B").contract("55").build());
        UnitInput in = new UnitInput("U1", "甲县", "县市区", true, 1L, UnitInput.ReportStatus.REPORTED, figures,
                Map.of(), Map.of());
        UnitAssessor assessor = new UnitAssessor(AssessmentRules.defaults(), Schedule.evenly(), DEC_2013);

        UnitOutcome out = assessor.assess(in);

        assertThat(out.bonus()).isEqualByComparingTo("10");
        assertThat(out.adjustments()).extracting(a -> a.points().intValue()).containsExactly(8, 2);
    }
}
