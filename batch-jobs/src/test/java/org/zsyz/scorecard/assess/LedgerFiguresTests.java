package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.assess.LedgerFixtures.project;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.indicator.Indicator;
import org.zsyz.scorecard.project.InvestorSource;
import org.zsyz.scorecard.project.ProjectStatus;
import org.zsyz.scorecard.returns.ActivityFigure;

class LedgerFiguresTests {

    final LedgerFigures figures = new LedgerFigures(YearMonth.of(2013, 12), AssessmentRules.defaults());

    @Test
    void fundsCountByTheInvestorsOrigin() {
        figures.add(project().source(InvestorSource.OTHER_CITY_IN_PROVINCE).fundsThisYear("2.835").build());
        figures.add(project().source(InvestorSource.OUT_OF_PROVINCE).fundsThisYear("19.9").build());
        figures.add(project().source(InvestorSource.LOCAL).fundsThisYear("7").build());
        figures.add(project().source(InvestorSource.FOREIGN).fundsThisYear("1").foreign("4289").build());

        assertThat(figures.ytd(Indicator.I1)).isEqualByComparingTo("22.735");
        assertThat(figures.ytd(Indicator.I2)).isEqualByComparingTo("19.9");
        assertThat(figures.ytd(Indicator.I3)).isEqualByComparingTo("4289");
    }

    @Test
    void newProjectsCountOnlyWhenSignedThisYearUpToThePeriod() {
        figures.add(project().signed(LocalDate.of(2013, 1, 1)).contract("1").build());
        figures.add(project().signed(LocalDate.of(2013, 12, 31)).contract("12.5").build());
        figures.add(project().signed(LocalDate.of(2013, 6, 1)).contract("0.99").build());
        figures.add(project().signed(LocalDate.of(2012, 12, 31)).contract("30").build());

        assertThat(figures.ytd(Indicator.I4)).isEqualByComparingTo("2");
        assertThat(figures.ytd(Indicator.I5)).isEqualByComparingTo("14.49");
    }

    @Test
    void startedBigProjectsCountWhenStartedThisYearWhateverTheSigningYear() {
        figures.add(project().signed(LocalDate.of(2012, 5, 1)).status(ProjectStatus.STARTED)
                .started(LocalDate.of(2013, 2, 1)).contract("3").build());
        figures.add(project().status(ProjectStatus.COMPLETED).started(LocalDate.of(2013, 4, 1)).contract("1").build());
        figures.add(project().status(ProjectStatus.STARTED).started(LocalDate.of(2013, 4, 1)).contract("0.5").build());
        figures.add(project().signed(LocalDate.of(2012, 1, 1)).status(ProjectStatus.STARTED)
                .started(LocalDate.of(2012, 12, 1)).contract("9").build());

        assertThat(figures.ytd(Indicator.I6)).isEqualByComparingTo("2");
    }

    @Test
    void cohortRatesFollowTheirDefinitions() {
        figures.add(project().status(ProjectStatus.STARTED).started(LocalDate.of(2013, 5, 1)).contract("10")
                .fundsTotal("4").build());
        figures.add(project().status(ProjectStatus.COMPLETED).started(LocalDate.of(2013, 5, 1)).contract("6")
                .fundsTotal("2").build());
        figures.add(project().status(ProjectStatus.TERMINATED).contract("4").build());
        figures.add(project().notFulfilled().contract("20").build());
        figures.add(project().signed(LocalDate.of(2012, 1, 1)).contract("99").fundsTotal("99").build());

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
        figures.add(project().no("D").contract("80").signed(LocalDate.of(2012, 3, 1)).build());

        assertThat(figures.bonusItems()).extracting(LedgerFigures.BonusItem::projectNo, b -> b.points().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 8), org.assertj.core.groups.Tuple.tuple("B", 4),
                        org.assertj.core.groups.Tuple.tuple("C", 3));
    }

    @Test
    void overdueAndFundlessProjectsAreWarnedAbout() {
        figures.add(project().no("OLD").signed(LocalDate.of(2013, 6, 30)).build());
        figures.add(project().no("RECENT").signed(LocalDate.of(2013, 7, 1)).build());
        figures.add(project().no("DRY").signed(LocalDate.of(2012, 12, 31)).status(ProjectStatus.STARTED)
                .started(LocalDate.of(2013, 1, 5)).build());
        figures.add(project().no("ENDED").signed(LocalDate.of(2012, 1, 1)).status(ProjectStatus.TERMINATED).build());

        assertThat(figures.warnings()).extracting(LedgerFigures.ProjectWarning::kind, LedgerFigures.ProjectWarning::projectNo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OVERDUE_START", "OLD"),
                        org.assertj.core.groups.Tuple.tuple("NO_FUNDS", "DRY"));
    }
}
