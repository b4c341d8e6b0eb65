package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

/**
 * Where a simulated unit aims to be: {@code target × 序时进度 × its performance} for every indicator. The
 * performance is the unit's year, a per-indicator offset drawn each January and a slow random walk, so rankings move.
 */
final class UnitPlan {

    private final SampleUnit unit;
    private final IntFunction<Map<Indicator, BigDecimal>> targets;
    private final IntFunction<NavigableMap<Integer, BigDecimal>> schedules;
    private final TreeMap<Indicator, Double> offsets = new TreeMap<>();
    private double walk;

    UnitPlan(
            SampleUnit unit,
            IntFunction<Map<Indicator, BigDecimal>> targets,
            IntFunction<NavigableMap<Integer, BigDecimal>> schedules) {
        this.unit = unit;
        this.targets = targets;
        this.schedules = schedules;
    }

    boolean started() {
        return !offsets.isEmpty();
    }

    /** Draws the year's offset of every indicator with a target. */
    void newYear(Random rng) {
        for (Indicator indicator : IndicatorCatalogue.DEFAULT.withTargets()) {
            offsets.put(indicator, 0.85 + 0.3 * rng.nextDouble());
        }
    }

    /** One month of the random walk. */
    void wander(Random rng) {
        walk = clamp(0.8 * walk + 0.06 * rng.nextGaussian(), -0.2, 0.2);
    }

    /** Where the unit aims to be at the end of month t on an indicator: target × schedule × performance. */
    double desired(YearMonth t, Indicator indicator) {
        double target = target(t.getYear(), indicator);
        double performance = unit.performanceIn(t.getYear()) * (1 + walk) * offsets.get(indicator);
        return target * progress(t) * performance;
    }

    double target(int year, Indicator indicator) {
        return targets.apply(year).get(indicator).doubleValue();
    }

    double progress(YearMonth t) {
        BigDecimal percent = schedules.apply(t.getYear()).get(t.getMonthValue());
        return percent == null ? t.getMonthValue() / 12.0 : percent.doubleValue() / 100.0;
    }

    /** At most about three months' worth of an annual count in one month (and never fewer than three). */
    int monthlyCap(YearMonth t, Indicator count) {
        return Math.max(3, (int) Math.ceil(target(t.getYear(), count) / 4.0));
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
