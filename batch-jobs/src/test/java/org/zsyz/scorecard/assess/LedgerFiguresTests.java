package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.assess.LedgerFixtures.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ActivityFigure;

class LedgerFiguresTests {

    final LedgerFigures figures = new LedgerFigures(YearMonth.of(2013, 12), AssessmentRules.defaults());

    @Test
    void fundsCountByTheInvestorsOrigin() {
        figures.add(project()
                .source(InvestorSource.OTHER_CITY_IN_PROVINCE)
                .fundsThisYear("2.835")
                .build());
        figures.add(project()
                .source(InvestorSource.OUT_OF_PROVINCE)
                .fundsThisYear("19.9")
                .build());
        figures.add(project().source(InvestorSource.LOCAL).fundsThisYear("7").build());
        figures.add(project()
                .source(InvestorSource.FOREIGN)
                .fundsThisYear("1")
                .foreign("4289")
                .build());

        assertThat(figures.ytd(Indicator.I1)).isEqualByComparingTo("22.735");
        assertThat(figures.ytd(Indicator.I2)).isEqualByComparingTo("19.9");
        assertThat(figures.ytd(Indicator.I3)).isEqualByComparingTo("4289");
    }

    @Test
    void newProjectsCountOnlyWhenSignedThisYearUpToThePeriod() {
        figures.add(project().signed(LocalDate.of(2013, 1, 1)).contract("1").build());
        figures.add(
                project().signed(LocalDate.of(2013, 12, 31)).contract("12.5").build());
        figures.add(project().signed(LocalDate.of(2013, 6, 1)).contract("0.99").build());
        figures.add(project().signed(LocalDate.of(2012, 12, 31)).contract("30").build());

        assertThat(figures.ytd(Indicator.I4)).isEqualByComparingTo("2");
        assertThat(figures.ytd(Indicator.I5)).isEqualByComparingTo("14.49");
    }

    @Test
    void startedBigProjectsCountWhenStartedThisYearWhateverTheSigningYear() {
        figures.add(project()
                .signed(LocalDate.of(2012, 5, 1))
                .status(ProjectStatus.STARTED)
                .started(LocalDate.of(2013, 2, 1))
                .contract("3")
                .build());
        figures.add(project()
                .status(ProjectStatus.COMPLETED)
                .started(LocalDate.of(2013, 4, 1))
                .contract("1")
                .build());
        figures.add(project()
                .status(ProjectStatus.STARTED)
                .started(LocalDate.of(2013, 4, 1))
                .contract("0.5")
                .build());
        figures.add(project()
                .signed(LocalDate.of(2012, 1, 1))
                .status(ProjectStatus.STARTED)
                .started(LocalDate.of(2012, 12, 1))
                .contract("9")
                .build());

        assertThat(figures.ytd(Indicator.I6)).isEqualByComparingTo("2");
    }

    @Test
    void cohortRatesFollowTheirDefinitions() {
        figures.add(project()
                .status(ProjectStatus.STARTED)
                .started(LocalDate.of(2013, 5, 1))
                .contract("10")
                .fundsTotal("4")
                .build());
        figures.add(project()
                .status(ProjectStatus.COMPLETED)
                .started(LocalDate.of(2013, 5, 1))
                .contract("6")
                .fundsTotal("2")
                .build());
        figures.add(project().status(ProjectStatus.TERMINATED).contract("4").build());
        figures.add(project().notFulfilled().contract("20").build());
        figures.add(project()
                .signed(LocalDate.of(2012, 1, 1))
                .contract("99")
                .fundsTotal("99")
                .build());

        LedgerFigures.RateFigure fulfil = figures.rate(Indicator.R_FULFIL);
        assertThat(fulfil.numerator()).isEqualByComparingTo("2");
        assertThat(fulfil.denominator()).isEqualByComparingTo("4");
        assertThat(fulfil.rate()).isEqualByComparingTo("0.5");
        assertThat(figures.rate(Indicator.R_START).rate()).isEqualByComparingTo("0.5");
        // 6 ÷ 40 = 15%
        assertThat(figures.rate(Indicator.R_FUNDS).rate()).isEqualByComparingTo("0.15");
    }

    @Test
    void anEmptyCohortGivesNoRateRatherThanZero() {
        figures.add(project().signed(LocalDate.of(2012, 1, 1)).build());

        assertThat(figures.rate(Indicator.R_FULFIL).rate()).isNull();
        assertThat(figures.rate(Indicator.R_START).rate()).isNull();
        assertThat(figures.rate(Indicator.R_FUNDS).rate()).isNull();
    }

    @Test
    void tripsComeFromTheActivitySheetAndABlankStaysBlank() {
        assertThat(figures.ytd(Indicator.I7)).isNull();
        figures.activity(new ActivityFigure(1, 24, 3, 50, 12));
        assertThat(figures.ytd(Indicator.I7)).isEqualByComparingTo("24");
    }

    @Test
    void aProjectEarnsOneBonusAtItsHighestTier() {
        figures.add(project().no("A").contract("60").fortune500().build());
        figures.add(project().no("B").contract("12").build());
        figures.add(project().no("C").contract("2").fortune500().build());
        figures.add(project()
                .no("D")
                .contract("80")
                .signed(LocalDate.of(2012, 3, 1))
                .build());

        assertThat(figures.bonusItems())
                .extracting(LedgerFigures.BonusItem::projectNo, b -> b.points().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", 8),
                        org.assertj.core.groups.Tuple.tuple("B", 4),
                        org.assertj.core.groups.Tuple.tuple("C", 3));
    }

    @Test
    void overdueAndFundlessProjectsAreWarnedAbout() {
        figures.add(project().no("OLD").signed(LocalDate.of(2013, 6, 30)).build());
        figures.add(project().no("RECENT").signed(LocalDate.of(2013, 7, 1)).build());
        figures.add(project()
                .no("DRY")
                .signed(LocalDate.of(2012, 12, 30))
                .status(ProjectStatus.STARTED)
                .started(LocalDate.of(2013, 1, 5))
                .build());
        figures.add(project()
                .no("ENDED")
                .signed(LocalDate.of(2012, 1, 1))
                .status(ProjectStatus.TERMINATED)
                .build());

        assertThat(figures.warnings())
                .extracting(LedgerFigures.ProjectWarning::kind, LedgerFigures.ProjectWarning::projectNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(WarningKind.OVERDUE_START, "OLD"),
                        org.assertj.core.groups.Tuple.tuple(WarningKind.NO_FUNDS, "DRY"));
    }

    @Test
    void warningsStartOnlyWhenMoreThanTheMonthsHavePassed() {
        // Period end 2013-11-30: 2013-05-30 + 6 months = 2013-11-30, exactly six months: not yet overdue.
        LedgerFigures november = new LedgerFigures(YearMonth.of(2013, 11), AssessmentRules.defaults());
        november.add(project().no("EXACT").signed(LocalDate.of(2013, 5, 30)).build());
        november.add(project().no("OVER").signed(LocalDate.of(2013, 5, 29)).build());
        november.add(project()
                .no("DRY-EXACT")
                .signed(LocalDate.of(2012, 11, 30))
                .status(ProjectStatus.COMPLETED)
                .started(LocalDate.of(2013, 1, 1))
                .build());
        november.add(project()
                .no("DRY-OVER")
                .signed(LocalDate.of(2012, 11, 29))
                .status(ProjectStatus.COMPLETED)
                .started(LocalDate.of(2013, 1, 1))
                .build());
        november.add(project().no("FUTURE").signed(LocalDate.of(2013, 12, 1)).build());

        assertThat(november.warnings())
                .extracting(LedgerFigures.ProjectWarning::kind, LedgerFigures.ProjectWarning::projectNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(WarningKind.OVERDUE_START, "OVER"),
                        org.assertj.core.groups.Tuple.tuple(WarningKind.NO_FUNDS, "DRY-OVER"));
        assertThat(november.warnings().get(0).message())
                .isEqualTo("项目“项目OVER”（OVER）于2013-05-29签约，至2013-11-30已超过6个月仍未开工");
    }

    @Test
    void startedWithTooLittleOfTheFundsInPlaceIsWarnedOnlyWhenTheMethodSaysSo() {
        AssessmentRules rules = RulesYamlTests.parseDefaultsWith(
                "no_funds_months: 12", "no_funds_months: 12\n  started_low_funds_percent: 30");
        assertThat(rules.startedLowFundsPercent()).isEqualByComparingTo("30");
        assertThat(AssessmentRules.defaults().startedLowFundsPercent()).isNull();
        for (AssessmentRules r : List.of(rules, AssessmentRules.defaults())) {
            LedgerFigures figures = new LedgerFigures(YearMonth.of(2013, 11), r);
            figures.add(project()
                    .no("LOW")
                    .signed(LocalDate.of(2013, 9, 1))
                    .status(ProjectStatus.STARTED)
                    .started(LocalDate.of(2013, 10, 1))
                    .contract("10")
                    .fundsTotal("2.5")
                    .build());
            figures.add(project()
                    .no("EXACT")
                    .signed(LocalDate.of(2013, 9, 1))
                    .status(ProjectStatus.COMPLETED)
                    .started(LocalDate.of(2013, 10, 1))
                    .contract("10")
                    .fundsTotal("3")
                    .build());
            figures.add(project()
                    .no("NOT-STARTED")
                    .signed(LocalDate.of(2013, 9, 1))
                    .contract("10")
                    .build());
            if (r == rules) {
                assertThat(figures.warnings())
                        .extracting(
                                LedgerFigures.ProjectWarning::kind,
                                LedgerFigures.ProjectWarning::projectNo,
                                LedgerFigures.ProjectWarning::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                WarningKind.LOW_FUNDS_STARTED, "LOW", "项目“项目LOW”（LOW）已开工，到位资金2.5亿元，仅为合同投资额的25%，低于30%"));
            } else {
                assertThat(figures.warnings()).isEmpty();
            }
        }
    }

    @Test
    void theWarningMonthsAreConfigurable() {
        AssessmentRules rules = RulesYamlTests.parseDefaultsWith("overdue_start_months: 6", "overdue_start_months: 3");
        LedgerFigures figures = new LedgerFigures(YearMonth.of(2013, 11), rules);
        figures.add(project().no("X").signed(LocalDate.of(2013, 8, 29)).build());

        assertThat(figures.warnings())
                .extracting(LedgerFigures.ProjectWarning::projectNo)
                .containsExactly("X");
    }

    /**
     * A cohort worked by hand (2013-12, cohort from 2013-01-01): P1 started (10 亿, funds 4), P2 completed
     * (6, funds 6), P3 signed, 是否履约 = 否 (3, funds 0), P4 terminated (5, funds 1); P5 signed in 2012 (20,
     * funds 20) and P6 在谈 are outside it.
     */
    static List<LedgerFixtures.Builder> handWorkedCohort() {
        return List.of(
                project()
                        .no("P1")
                        .signed(LocalDate.of(2013, 2, 1))
                        .status(ProjectStatus.STARTED)
                        .started(LocalDate.of(2013, 4, 1))
                        .contract("10")
                        .fundsTotal("4"),
                project()
                        .no("P2")
                        .signed(LocalDate.of(2013, 5, 1))
                        .status(ProjectStatus.COMPLETED)
                        .started(LocalDate.of(2013, 6, 1))
                        .contract("6")
                        .fundsTotal("6"),
                project()
                        .no("P3")
                        .signed(LocalDate.of(2013, 7, 1))
                        .contract("3")
                        .notFulfilled(),
                project()
                        .no("P4")
                        .signed(LocalDate.of(2013, 8, 1))
                        .status(ProjectStatus.TERMINATED)
                        .contract("5")
                        .fundsTotal("1"),
                project()
                        .no("P5")
                        .signed(LocalDate.of(2012, 11, 1))
                        .status(ProjectStatus.STARTED)
                        .started(LocalDate.of(2012, 12, 1))
                        .contract("20")
                        .fundsTotal("20"),
                project()
                        .no("P6")
                        .status(ProjectStatus.NEGOTIATING)
                        .signed(null)
                        .contract(null));
    }

    static String shown(LedgerFigures.RateFigure r) {
        return r.rate() == null ? "—" : Decimals.displayPercent(r.rate()).toPlainString();
    }

    @Test
    void aCohortWorkedByHand() {
        handWorkedCohort().forEach(p -> figures.add(p.build()));

        // 履约 P1, P2 of 4; 开工 P1, P2 of 4; 资金 (4 + 6 + 0 + 1) ÷ (10 + 6 + 3 + 5) = 11 ÷ 24.
        assertThat(figures.rate(Indicator.R_FULFIL).numerator()).isEqualByComparingTo("2");
        assertThat(figures.rate(Indicator.R_FULFIL).denominator()).isEqualByComparingTo("4");
        assertThat(shown(figures.rate(Indicator.R_FULFIL))).isEqualTo("50.00");
        assertThat(shown(figures.rate(Indicator.R_START))).isEqualTo("50.00");
        assertThat(figures.rate(Indicator.R_FUNDS).numerator()).isEqualByComparingTo("11");
        assertThat(figures.rate(Indicator.R_FUNDS).denominator()).isEqualByComparingTo("24");
        assertThat(shown(figures.rate(Indicator.R_FUNDS))).isEqualTo("45.83");
    }

    @Test
    void theSameCohortInMidYearHasOnlyTheProjectsSignedSoFar() {
        LedgerFigures june = new LedgerFigures(YearMonth.of(2013, 6), AssessmentRules.defaults());
        handWorkedCohort().forEach(p -> june.add(p.build()));

        // P1 and P2 only: both started, both fulfilled; funds 10 ÷ 16.
        assertThat(shown(june.rate(Indicator.R_FULFIL))).isEqualTo("100.00");
        assertThat(shown(june.rate(Indicator.R_START))).isEqualTo("100.00");
        assertThat(shown(june.rate(Indicator.R_FUNDS))).isEqualTo("62.50");
    }

    @Test
    void aFixedCohortStartTakesInEarlierYears() {
        AssessmentRules since2012 =
                RulesYamlTests.parseDefaultsWith("cohort_start: year-start", "cohort_start: 2012-01-01");
        LedgerFigures fixed = new LedgerFigures(YearMonth.of(2013, 12), since2012);
        handWorkedCohort().forEach(p -> fixed.add(p.build()));

        // P5 joins: 履约 3 of 5, 开工 3 of 5, 资金 31 ÷ 44.
        assertThat(fixed.cohortStart()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(shown(fixed.rate(Indicator.R_FULFIL))).isEqualTo("60.00");
        assertThat(shown(fixed.rate(Indicator.R_START))).isEqualTo("60.00");
        assertThat(shown(fixed.rate(Indicator.R_FUNDS))).isEqualTo("70.45");
    }

    @Test
    void aCohortWhoseContractsSumToNothingHasNoFundsRate() {
        figures.add(project().contract("0").fundsTotal("1").build());

        assertThat(figures.rate(Indicator.R_START).rate()).isEqualByComparingTo("0");
        assertThat(figures.rate(Indicator.R_FUNDS).rate()).isNull();
    }

    @Test
    void bonusTiersStartAtTheirThresholdAndATerminatedProjectEarnsNone() {
        figures.add(project().no("TEN").contract("10").build());
        figures.add(project().no("JUST-UNDER").contract("9.99999999").build());
        figures.add(project().no("FIFTY").contract("50").build());
        figures.add(project()
                .no("ENDED")
                .contract("80")
                .status(ProjectStatus.TERMINATED)
                .build());

        assertThat(figures.bonusItems())
                .extracting(LedgerFigures.BonusItem::projectNo, b -> b.points().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TEN", "4"),
                        org.assertj.core.groups.Tuple.tuple("FIFTY", "8"));
        // Terminated projects signed this year still count as signed (I4, I5).
        assertThat(figures.ytd(Indicator.I4)).isEqualByComparingTo("4");
        assertThat(figures.ytd(Indicator.I5)).isEqualByComparingTo(new BigDecimal("149.99999999"));
    }
}
