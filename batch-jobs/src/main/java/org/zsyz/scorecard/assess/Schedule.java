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

    public boolean isConfigured() {
        return !configured.isEmpty();
    }
}
