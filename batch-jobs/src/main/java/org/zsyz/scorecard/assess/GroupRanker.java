package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zsyz.scorecard.domain.ListMark;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * docs/method.md, Ranking, within one 考核组别: rank by the displayed total, ties broken by I1 完成率 then I1 同比
 * (both as displayed), equal units share the rank (1, 1, 3); units outside the composite ranking get no
 * rank. Also 单项排名, the change against last month, 连冠 and the red and black lists.
 */
public final class GroupRanker {

    /** Where a unit stood last month: its rank (null = not ranked), 连冠 months, and in which group. */
    public record PreviousPlace(Integer rank, int firstStreak, String groupName) {}

    private static final Comparator<BigDecimal> HIGH_FIRST_NULLS_LAST =
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());

    /**
     * Total, then the lead indicator's 完成率, then its 同比 (I1 in the default method; in a method of its own, its
     * first indicator with a target); all compared as people see them (2 decimals).
     */
    static final Comparator<UnitOutcome> ORDER = Comparator.comparing(UnitOutcome::total, HIGH_FIRST_NULLS_LAST)
            .thenComparing(u -> Decimals.displayPercent(lead(u).completion()), HIGH_FIRST_NULLS_LAST)
            .thenComparing(u -> Decimals.displayPercent(lead(u).yoy()), HIGH_FIRST_NULLS_LAST);

    private static IndicatorOutcome lead(UnitOutcome u) {
        IndicatorOutcome first = null;
        for (IndicatorOutcome io : u.indicators.values()) {
            if (io.indicator.hasTarget()) {
                return io;
            }
            first = first == null ? io : first;
        }
        return first;
    }

    private GroupRanker() {}

    /**
     * @param previous last month's places by unit code (empty when last month was not assessed, or is not
     *                 compared): a unit without one is 新
     */
    public static void rank(
            List<UnitOutcome> group, Map<String, PreviousPlace> previous, AssessmentRules.ListSizes lists) {
        List<UnitOutcome> ranked =
                group.stream().filter(u -> u.input.ranked()).sorted(ORDER).toList();
        assignShared(ranked, ORDER, (u, r) -> u.rank = r);
        for (UnitOutcome u : group) {
            u.groupSize = ranked.size();
            if (!u.input.ranked()) {
                continue;
            }
            PreviousPlace before = previous.get(u.unitCode());
            if (before != null && !before.groupName().equals(u.input.groupName())) {
                before = null; // a rank in another group says nothing about this one: 新
            }
            u.previousRank = before == null ? null : before.rank();
            u.rankChange = change(u.previousRank, u.rank);
            u.firstStreak = u.rank == 1
                    ? (before != null && before.rank() != null && before.rank() == 1 ? before.firstStreak() + 1 : 1)
                    : 0;
        }
        for (Indicator indicator : ranked.isEmpty()
                ? List.<Indicator>of()
                : List.copyOf(ranked.get(0).indicators.keySet())) {
            Function<UnitOutcome, BigDecimal> shown =
                    u -> Decimals.displayPercent(u.indicator(indicator).completion());
            List<UnitOutcome> withValue =
                    ranked.stream().filter(u -> shown.apply(u) != null).toList();
            Comparator<UnitOutcome> byValue = Comparator.comparing(shown, HIGH_FIRST_NULLS_LAST);
            assignShared(
                    withValue.stream().sorted(byValue).toList(), byValue, (u, r) -> u.indicator(indicator).rank = r);
        }
        markLists(ranked, lists);
    }

    /** Competition ranking: a unit equal to the one before it shares its rank; the next rank skips (1, 1, 3). */
    private static void assignShared(
            List<UnitOutcome> sorted,
            Comparator<UnitOutcome> order,
            java.util.function.BiConsumer<UnitOutcome, Integer> assign) {
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || order.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                rank = i + 1;
            }
            assign.accept(sorted.get(i), rank);
        }
    }

    static String change(Integer before, Integer now) {
        if (now == null) {
            return null;
        }
        if (before == null) {
            return "新";
        }
        int up = before - now;
        return up > 0 ? "↑" + up : up < 0 ? "↓" + (-up) : "—";
    }

    /** 红榜: the top places; 黑榜: the bottom places (ties included), never a unit already on the red list. */
    private static void markLists(List<UnitOutcome> ranked, AssessmentRules.ListSizes lists) {
        if (ranked.isEmpty()) {
            return;
        }
        List<UnitOutcome> red = new ArrayList<>();
        for (UnitOutcome u : ranked) {
            if (u.rank <= lists.red()) {
                u.listMark = ListMark.RED;
                red.add(u);
            }
        }
        if (ranked.size() <= red.size()) {
            return;
        }
        for (UnitOutcome u : ranked) {
            long worse = ranked.stream().filter(o -> ORDER.compare(u, o) < 0).count();
            if (worse < lists.black() && u.listMark == null) {
                u.listMark = ListMark.BLACK;
            }
        }
    }
}
