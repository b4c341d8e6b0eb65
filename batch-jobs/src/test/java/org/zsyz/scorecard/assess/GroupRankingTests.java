package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.indicator.Indicator;

class GroupRankingTests {

    static final YearMonth DEC = YearMonth.of(2013, 12);
    static final AssessmentRules RULES = AssessmentRules.defaults();

    /** A unit whose only scored indicator is I1, so its total is 100 × (ytd ÷ 10) before rounding. */
    static UnitOutcome unit(String code, String i1Ytd, boolean ranked) {
        LedgerFigures figures = new LedgerFigures(DEC, RULES);
        figures.add(LedgerFixtures.project().fundsThisYear(i1Ytd).signed(java.time.LocalDate.of(2010, 1, 1)).build());
        UnitInput in = new UnitInput(code, "单位" + code, "县市区", ranked, 1L, UnitInput.ReportStatus.REPORTED,
                figures, Map.of(Indicator.I1, BigDecimal.TEN), Map.of());
        return new UnitAssessor(RULES, Schedule.evenly(), DEC).assess(in);
    }

    static List<UnitOutcome> group(UnitOutcome... units) {
        List<UnitOutcome> group = new ArrayList<>(List.of(units));
        new UnitAssessor(RULES, Schedule.evenly(), DEC).finishGroup(group);
        return group;
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        List<UnitOutcome> g = group(unit("A", "9", true), unit("B", "9", true), unit("C", "5", true));
        GroupRanking.rank(g, Map.of(), RULES.listSizes("县市区"));

        assertThat(g).extracting(UnitOutcome::rank).containsExactly(1, 1, 3);
        assertThat(g).extracting(UnitOutcome::groupSize).containsOnly(3);
    }

    @Test
    void unrankedUnitsGetNoRankAndDoNotTakeAPlace() {
        List<UnitOutcome> g = group(unit("A", "5", true), unit("Z", "9.9", false), unit("B", "8", true));
        GroupRanking.rank(g, Map.of(), RULES.listSizes("城区"));

        assertThat(g.get(1).rank()).isNull();
        assertThat(g.get(1).rankChange()).isNull();
        assertThat(g.get(1).indicator(Indicator.I1).rank()).isNull();
        assertThat(g.get(2).rank()).isEqualTo(1);
        assertThat(g.get(0).rank()).isEqualTo(2);
        assertThat(g.get(0).groupSize()).isEqualTo(2);
    }

    @Test
    void rankChangeAndFirstPlaceStreakFollowLastMonth() {
        List<UnitOutcome> g = group(unit("A", "9", true), unit("B", "8", true), unit("C", "7", true));
        GroupRanking.rank(g, Map.of("A", new GroupRanking.PreviousPlace(1, 3), "B", new GroupRanking.PreviousPlace(3, 0)),
                RULES.listSizes("城区"));

        assertThat(g).extracting(UnitOutcome::rankChange).containsExactly("—", "↑1", "新");
        assertThat(g).extracting(UnitOutcome::firstStreak).containsExactly(4, 0, 0);
    }

    @Test
    void redAndBlackListsBySizeWithTiesAtTheBottomBothBlack() {
        List<UnitOutcome> g = group(unit("A", "9", true), unit("B", "8", true), unit("C", "7", true),
                unit("D", "3", true), unit("E", "3", true));
        GroupRanking.rank(g, Map.of(), RULES.listSizes("县市区"));

        assertThat(g).extracting(UnitOutcome::listMark).containsExactly("RED", "RED", null, "BLACK", "BLACK");
    }

    @Test
    void aSingleUnitGroupIsFirstAndOnTheRedListOnly() {
        List<UnitOutcome> g = group(unit("A", "2", true));
        GroupRanking.rank(g, Map.of(), RULES.listSizes("开发区"));

        assertThat(g.get(0).rank()).isEqualTo(1);
        assertThat(g.get(0).listMark()).isEqualTo("RED");
    }
}
