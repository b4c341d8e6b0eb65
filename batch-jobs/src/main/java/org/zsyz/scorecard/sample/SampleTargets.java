package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * The sample city's targets and 序时进度 schedules: apart from the generator so the draws that size every unit's
 * year stay in one place; each draw is seeded per unit and year, so the figures do not depend on call order.
 */
final class SampleTargets {

    /** The 2024-style schedule written into the previous year's targets workbook (cumulative %). */
    static final int[] BACK_LOADED_SCHEDULE = {5, 10, 18, 26, 34, 42, 50, 58, 67, 77, 88, 100};

    private final SampleScale scale;
    private final long seed;
    private final int currentYear;

    SampleTargets(SampleScale scale, long seed, int currentYear) {
        this.scale = scale;
        this.seed = seed;
        this.currentYear = currentYear;
    }

    /** The previous year follows a back-loaded schedule; the current year (and anything older) m/12. */
    NavigableMap<Integer, BigDecimal> schedule(int year) {
        TreeMap<Integer, BigDecimal> schedule = new TreeMap<>();
        if (year == currentYear - 1) {
            for (int m = 1; m <= 12; m++) {
                schedule.put(m, BigDecimal.valueOf(BACK_LOADED_SCHEDULE[m - 1]));
            }
        }
        return Collections.unmodifiableNavigableMap(schedule);
    }

    /**
     * Every target of a unit for a year, including those the published workbook leaves blank (the unit still works
     * on them). The current year's targets come from the unit's size; each earlier year is about 10% lower.
     */
    Map<Indicator, BigDecimal> simulationTargets(SampleUnit unit, int year) {
        Random rng = new Random(SampleCityGenerator.mix(seed, unit.code(), year));
        double n = (unit.size() - 0.3) / 0.7;
        double growth = Math.pow(0.9, currentYear - year) * (0.97 + 0.06 * rng.nextDouble());
        double factor = scale.ledgerFactor() * growth;
        boolean zone = "开发区".equals(unit.group());

        double i1 = (8 + 32 * n * noise(rng)) * factor;
        double i2 = i1 * (0.70 + 0.20 * rng.nextDouble());
        double i3 = (500 + 4500 * clamp01(n * noise(rng) + (zone ? 0.25 : 0) + unit.foreignShare() - 0.12)) * factor;
        double i4 = (5 + 25 * n * noise(rng)) * factor;
        double i5 = Math.max(30 * factor, Math.min(200 * factor, i1 * (3.8 + 1.2 * rng.nextDouble())));
        double i6 = Math.max(3 * factor, Math.min(20 * factor, i4 * (0.55 + 0.15 * rng.nextDouble())));
        double i7 = (12 + 48 * n * noise(rng)) * factor;

        TreeMap<Indicator, BigDecimal> targets = new TreeMap<>();
        targets.put(Indicator.I1, step(i1, new BigDecimal("0.5"), 1));
        targets.put(Indicator.I2, step(Math.min(i2, i1 * 0.9), new BigDecimal("0.1"), 1));
        targets.put(Indicator.I3, step(i3, BigDecimal.TEN, 0));
        targets.put(Indicator.I4, step(i4, BigDecimal.ONE, 0));
        targets.put(Indicator.I5, step(i5, BigDecimal.ONE, 0));
        targets.put(Indicator.I6, step(i6, BigDecimal.ONE, 0));
        targets.put(Indicator.I7, step(i7, BigDecimal.ONE, 0));
        return Collections.unmodifiableMap(targets);
    }

    private static double noise(Random rng) {
        return 0.92 + 0.16 * rng.nextDouble();
    }

    private static double clamp01(double x) {
        return Math.max(0, Math.min(1, x));
    }

    /** Rounds to a multiple of {@code step} (e.g. 0.5 亿元, 10 万美元), at least one step. */
    private static BigDecimal step(double value, BigDecimal step, int scale) {
        BigDecimal steps =
                BigDecimal.valueOf(value).divide(step, 0, RoundingMode.HALF_UP).max(BigDecimal.ONE);
        return steps.multiply(step).setScale(scale, RoundingMode.UNNECESSARY);
    }
}
