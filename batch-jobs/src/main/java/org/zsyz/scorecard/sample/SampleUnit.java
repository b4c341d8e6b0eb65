package org.zsyz.scorecard.sample;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * One fictional assessed unit and the traits that drive its story.
 *
 * @param size 0.3–1.0: how large its targets are within realistic ranges
 * @param performance year → how far ahead (&gt;1) or behind (&lt;1) of the schedule the unit runs that year
 * @param foreignShare share of projects with 境外 investors
 * @param noTarget indicators the city set no target for (blank cells in the targets workbook)
 * @param explicitFlags whether the statistician writes 是/否 in every flag cell or leaves the defaults blank
 */
public record SampleUnit(
        String code,
        String name,
        String group,
        boolean ranked,
        double size,
        Map<Integer, Double> performance,
        double foreignShare,
        Set<Indicator> noTarget,
        String reporter,
        String phone,
        boolean explicitFlags) {

    public SampleUnit {
        performance = Map.copyOf(performance);
        // EnumSet, not Set.copyOf: immutable sets iterate in a per-JVM random order
        noTarget = Collections.unmodifiableSet(noTarget.isEmpty() ? new TreeSet<>() : new TreeSet<>(noTarget));
    }

    double performanceIn(int year) {
        return performance.getOrDefault(year, 1.0);
    }
}
