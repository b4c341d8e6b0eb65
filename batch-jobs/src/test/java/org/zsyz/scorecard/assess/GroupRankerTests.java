package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.assess.UnitFixture.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.domain.ListMark;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.ProjectStatus;

/** docs/method.md, Ranking, within a group. */
class GroupRankerTests {

    static final YearMonth DEC = YearMonth.of(2013, 12);
    static final AssessmentRules RULES = AssessmentRules.defaults();

    /** A unit whose only scored indicator is I1 (target 10), so its total is 100 × min(ytd ÷ 10, 1.2). */
    static UnitFixture u(String code, String i1Ytd) {
        return unit(code).target(Indicator.I1, "10").i1(i1Ytd);
    }

    static List<UnitOutcome> group(UnitFixture... units) {
        UnitAssessor assessor = new UnitAssessor(RULES, Schedule.evenly(), DEC);
        List<UnitOutcome> group = new ArrayList<>();
        for (UnitFixture f : units) {
            group.add(assessor.assess(f.build(DEC, RULES)));
        }
        assessor.finishGroup(group);
        return group;
    }

    static List<UnitOutcome> ranked(
            Map<String, GroupRanker.PreviousPlace> previous, String groupName, UnitFixture... units) {
        List<UnitOutcome> g = group(units);
        GroupRanker.rank(g, previous, RULES.listSizes(groupName));
        return g;
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        List<UnitOutcome> g = ranked(Map.of(), "县市区", u("A", "9"), u("B", "9"), u("C", "5"));

        assertThat(g).extracting(UnitOutcome::rank).containsExactly(1, 1, 3);
        assertThat(g).extracting(UnitOutcome::groupSize).containsOnly(3);
    }

    @Test
    void equalTotalsAreBrokenByI1CompletionThenByI1YearOnYear() {
        // 12, 13 and 14 are all over the 1.2 cap: 120.00 each. 13 and 14 differ in 完成率; the two 12s in 同比.
        List<UnitOutcome> g = ranked(
                Map.of(),
                "城区",
                u("A", "12").lastYear(Indicator.I1, "10"),
                u("B", "13"),
                u("C", "12").lastYear(Indicator.I1, "6"),
                u("D", "12"),
                u("E", "14"));

        assertThat(g)
                .extracting(UnitOutcome::total)
                .allSatisfy(t -> assertThat(t).isEqualByComparingTo("120"));
        // E 140%, B 130%, then the 120%s by 同比: C +100%, A +20%, D "—" last.
        assertThat(g)
                .extracting(UnitOutcome::unitCode, UnitOutcome::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", 4),
                        org.assertj.core.groups.Tuple.tuple("B", 2),
                        org.assertj.core.groups.Tuple.tuple("C", 3),
                        org.assertj.core.groups.Tuple.tuple("D", 5),
                        org.assertj.core.groups.Tuple.tuple("E", 1));
    }

    @Test
    void tieBreaksCompareWhatIsShownSoNearlyEqualFiguresShareTheRank() {
        // 12.00001 and 12.00004 both show 120.00% complete: the units are equal as people see them.
        List<UnitOutcome> g = ranked(Map.of(), "城区", u("A", "12.00001"), u("B", "12.00004"), u("C", "11"));

        assertThat(g).extracting(UnitOutcome::rank).containsExactly(1, 1, 3);
    }

    @Test
    void anAllEqualGroupSharesFirstPlaceAndHasNoBlackList() {
        List<UnitOutcome> g = ranked(Map.of(), "县市区", u("A", "7"), u("B", "7"), u("C", "7"), u("D", "7"));

        assertThat(g).extracting(UnitOutcome::rank).containsOnly(1);
        assertThat(g).extracting(UnitOutcome::listMark).containsOnly(ListMark.RED);
        assertThat(g).extracting(UnitOutcome::firstStreak).containsOnly(1);
    }

    @Test
    void aSingleUnitGroupIsFirstAndOnTheRedListOnly() {
        List<UnitOutcome> g = ranked(Map.of(), "开发区", u("A", "2"));

        assertThat(g.get(0).rank()).isEqualTo(1);
        assertThat(g.get(0).groupSize()).isEqualTo(1);
        assertThat(g.get(0).listMark()).isEqualTo(ListMark.RED);
        assertThat(g.get(0).indicator(Indicator.I1).rank()).isEqualTo(1);
    }

    @Test
    void unrankedUnitsGetNoRankAndDoNotTakeAPlace() {
        List<UnitOutcome> g = ranked(Map.of(), "城区", u("A", "5"), u("Z", "9.9").unranked(), u("B", "8"));

        assertThat(g.get(1).rank()).isNull();
        assertThat(g.get(1).rankChange()).isNull();
        assertThat(g.get(1).listMark()).isNull();
        assertThat(g.get(1).indicator(Indicator.I1).rank()).isNull();
        assertThat(g.get(1).total()).isEqualByComparingTo("99");
        assertThat(g.get(2).rank()).isEqualTo(1);
        assertThat(g.get(0).rank()).isEqualTo(2);
        assertThat(g.get(0).groupSize()).isEqualTo(2);
    }

    @Test
    void aUnitThatDidNotReportIsRankedWithItsDeduction() {
        List<UnitOutcome> g =
                ranked(Map.of(), "城区", u("A", "8").missing(YearMonth.of(2013, 11)), u("B", "8"), u("C", "7.9"));

        assertThat(g)
                .extracting(UnitOutcome::total)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("78.00", "80.00", "79.00");
        assertThat(g).extracting(UnitOutcome::rank).containsExactly(3, 1, 2);
        assertThat(g.get(0).listMark()).isEqualTo(ListMark.BLACK);
    }

    @Test
    void rankChangeAndFirstPlaceStreakFollowLastMonth() {
        List<UnitOutcome> g = ranked(
                Map.of(
                        "A",
                        new GroupRanker.PreviousPlace(1, 3, "县市区"),
                        "B",
                        new GroupRanker.PreviousPlace(3, 0, "县市区"),
                        "C",
                        new GroupRanker.PreviousPlace(1, 2, "县市区")),
                "城区",
                u("A", "9"),
                u("B", "8"),
                u("C", "7"),
                u("D", "6"));

        assertThat(g).extracting(UnitOutcome::rankChange).containsExactly("—", "↑1", "↓2", "新");
        assertThat(g).extracting(UnitOutcome::previousRank).containsExactly(1, 3, 1, null);
        assertThat(g).extracting(UnitOutcome::firstStreak).containsExactly(4, 0, 0, 0);
    }

    @Test
    void aUnitThatChangedGroupOrWasNotRankedLastMonthIsNew() {
        List<UnitOutcome> g = ranked(
                Map.of(
                        "A",
                        new GroupRanker.PreviousPlace(1, 5, "城区"),
                        "B",
                        new GroupRanker.PreviousPlace(null, 0, "县市区")),
                "县市区",
                u("A", "9"),
                u("B", "8"));

        assertThat(g).extracting(UnitOutcome::rankChange).containsExactly("新", "新");
        assertThat(g.get(0).firstStreak()).isEqualTo(1);
    }

    @Test
    void sharedFirstPlaceContinuesEveryStreak() {
        List<UnitOutcome> g = ranked(
                Map.of(
                        "A",
                        new GroupRanker.PreviousPlace(1, 2, "县市区"),
                        "B",
                        new GroupRanker.PreviousPlace(2, 0, "县市区")),
                "县市区",
                u("A", "9"),
                u("B", "9"),
                u("C", "1"));

        assertThat(g).extracting(UnitOutcome::firstStreak).containsExactly(3, 1, 0);
        assertThat(g).extracting(UnitOutcome::rankChange).containsExactly("—", "↑1", "新");
    }

    @Test
    void redAndBlackListsBySizeWithTiesAtTheBottomBothBlack() {
        List<UnitOutcome> g = ranked(Map.of(), "县市区", u("A", "9"), u("B", "8"), u("C", "7"), u("D", "3"), u("E", "3"));

        assertThat(g)
                .extracting(UnitOutcome::listMark)
                .containsExactly(ListMark.RED, ListMark.RED, null, ListMark.BLACK, ListMark.BLACK);
    }

    @Test
    void otherGroupsTakeTheDefaultListSizes() {
        List<UnitOutcome> g = ranked(Map.of(), "开发区", u("A", "9"), u("B", "8"), u("C", "7"));

        assertThat(g).extracting(UnitOutcome::listMark).containsExactly(ListMark.RED, null, ListMark.BLACK);
    }

    @Test
    void perIndicatorRanksCoverIndicatorsAndRatesAndSkipUnitsWithoutAValue() {
        // The rates: A starts 1 of 2 projects, B 2 of 2, C 1 of 2, D signed nothing this year ("—").
        UnitFixture a = u("A", "9").project(signed("A1", true)).project(signed("A2", false));
        UnitFixture b = u("B", "4").project(signed("B1", true)).project(signed("B2", true));
        UnitFixture c = u("C", "9").project(signed("C1", false)).project(signed("C2", true));
        UnitFixture d = unit("D").i1("3");
        List<UnitOutcome> g = ranked(Map.of(), "城区", a, b, c, d);

        assertThat(g).extracting(o -> o.indicator(Indicator.I1).rank()).containsExactly(1, 3, 1, null);
        assertThat(g).extracting(o -> o.indicator(Indicator.R_START).rank()).containsExactly(2, 1, 2, null);
        assertThat(g).extracting(o -> o.indicator(Indicator.R_FULFIL).rank()).containsExactly(1, 1, 1, null);
    }

    static LedgerFixtures.Builder signed(String no, boolean started) {
        LedgerFixtures.Builder p =
                LedgerFixtures.project().no(no).signed(LocalDate.of(2013, 3, 1)).fundsTotal("1");
        return started ? p.status(ProjectStatus.STARTED).started(LocalDate.of(2013, 4, 1)) : p;
    }

    /**
     * Property: over random groups with many ties, ranks are competition ranks of the displayed keys — every
     * ranked unit's rank is 1 + the number of ranked units strictly ahead of it. So a unit with a higher
     * displayed total never ranks below one with a lower total, equal keys share a rank, and ranks skip by
     * the size of each tie.
     */
    @RepeatedTest(200)
    void ranksAreCompetitionRanksOfTheDisplayedKeys(RepetitionInfo repetition) {
        Random random = new Random(20131231L + repetition.getCurrentRepetition());
        String[] ytds = {"0", "3", "5.5", "9", "9.004", "9.006", "12", "12.5", "14"};
        String[] lastYears = {null, "4", "10", "12"};
        int size = 1 + random.nextInt(9);
        List<UnitFixture> units = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            UnitFixture f = u("U" + i, ytds[random.nextInt(ytds.length)]);
            String ly = lastYears[random.nextInt(lastYears.length)];
            if (ly != null) {
                f.lastYear(Indicator.I1, ly);
            }
            if (random.nextInt(6) == 0) {
                f.unranked();
            }
            if (random.nextInt(8) == 0) {
                f.missing(YearMonth.of(2013, 11));
            } else if (random.nextInt(8) == 0) {
                f.late(java.time.LocalDateTime.of(2014, 1, 9, 9, 0));
            }
            units.add(f);
        }
        Map<String, GroupRanker.PreviousPlace> previous = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (random.nextBoolean()) {
                previous.put(
                        "U" + i, new GroupRanker.PreviousPlace(1 + random.nextInt(size), random.nextInt(3), "县市区"));
            }
        }
        List<UnitOutcome> g = ranked(previous, "县市区", units.toArray(UnitFixture[]::new));

        List<UnitOutcome> rankedUnits =
                g.stream().filter(o -> o.input().ranked()).toList();
        for (UnitOutcome o : g) {
            if (!o.input().ranked()) {
                assertThat(o.rank()).isNull();
                assertThat(o.listMark()).isNull();
                continue;
            }
            long ahead = rankedUnits.stream()
                    .filter(x -> key(x).compareTo(key(o)) > 0)
                    .count();
            assertThat(o.rank()).as("rank of %s", o.unitCode()).isEqualTo((int) ahead + 1);
            for (UnitOutcome x : rankedUnits) {
                if (x.total().compareTo(o.total()) > 0) {
                    assertThat(x.rank()).isLessThan(o.rank());
                }
                if (key(x).compareTo(key(o)) == 0) {
                    assertThat(x.rank()).isEqualTo(o.rank());
                }
            }
            GroupRanker.PreviousPlace before = previous.get(o.unitCode());
            assertThat(o.rankChange()).isEqualTo(GroupRanker.change(before == null ? null : before.rank(), o.rank()));
            assertThat(o.firstStreak())
                    .isEqualTo(o.rank() != 1 ? 0 : before != null && before.rank() == 1 ? before.firstStreak() + 1 : 1);
            boolean red = o.rank() <= 2;
            assertThat(o.listMark() == ListMark.RED).isEqualTo(red);
            long behind = rankedUnits.stream()
                    .filter(x -> key(x).compareTo(key(o)) < 0)
                    .count();
            boolean allRed = rankedUnits.stream().allMatch(x -> x.rank() <= 2);
            assertThat(o.listMark() == ListMark.BLACK).isEqualTo(!red && !allRed && behind < 1);
        }
        // Sorted ranks run 1, then skip by each tie's size.
        List<Integer> ranks =
                rankedUnits.stream().map(UnitOutcome::rank).sorted().toList();
        for (int i = 0; i < ranks.size(); i++) {
            assertThat(ranks.get(i))
                    .isEqualTo(i == 0 || !ranks.get(i).equals(ranks.get(i - 1)) ? i + 1 : ranks.get(i - 1));
        }
        assertThat(g).extracting(UnitOutcome::groupSize).containsOnly(rankedUnits.size());
    }

    /** The ranking key as people see it: total, I1 完成率, I1 同比 (missing lowest), 2 decimals each. */
    static Key key(UnitOutcome o) {
        return new Key(
                o.total(),
                Decimals.displayPercent(o.indicator(Indicator.I1).completion()),
                Decimals.displayPercent(o.indicator(Indicator.I1).yoy()));
    }

    record Key(BigDecimal total, BigDecimal completion, BigDecimal yoy) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = total.compareTo(o.total);
            if (c == 0) {
                c = cmp(completion, o.completion);
            }
            return c != 0 ? c : cmp(yoy, o.yoy);
        }

        private static int cmp(BigDecimal a, BigDecimal b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            return a.compareTo(b);
        }
    }
}
