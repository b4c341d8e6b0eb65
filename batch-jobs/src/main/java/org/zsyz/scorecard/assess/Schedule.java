package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** 序时进度 p(m): the configured cumulative share of the year's target, or m/12. */
public final class Schedule {

    private static final BigDecimal TWELVE = new BigDecimal(12);
    private final Map<Integer, BigDecimal> configured;

    private Schedule(Map<Integer, BigDecimal> configured) {
        this.configured = configured;
    }

    public static Schedule evenly() {
        return new Schedule(Map.of());
    }

    /** @param progressByMonth month (1–12) to cumulative progress as a ratio (0.25 = 25%) */
    public static Schedule configured(Map<Integer, BigDecimal> progressByMonth) {
        return progressByMonth.isEmpty() ? evenly() : new Schedule(new TreeMap<>(progressByMonth));
    }

    public BigDecimal progress(int month) {
        BigDecimal p = configured.get(month);
        return p != null ? p : new BigDecimal(month).divide(TWELVE, Decimals.MC);
    }

    /**
     * p(m) as an exact fraction (m over 12, or the configured decimal over 1), so that figures derived from it
     * can each be computed with a single division: a quotient rounded once to 34 digits shows correctly at 2
     * decimals, where a difference of two rounded quotients might not at an exact half-cent.
     */
    public BigDecimal[] fraction(int month) {
        BigDecimal p = configured.get(month);
        return p != null ? new BigDecimal[] {p, BigDecimal.ONE} : new BigDecimal[] {new BigDecimal(month), TWELVE};
    }

    public boolean isConfigured() {
        return !configured.isEmpty();
    }
}
