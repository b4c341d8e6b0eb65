package org.zsyz.scorecard.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the repeated child runs of one jar into one figure each: the median (the mean of the middle two for an
 * even count), and the ratio of this build's figure to the baseline's from the same run.
 */
final class Medians {

    private Medians() {}

    static double median(List<? extends Number> values) {
        List<Double> sorted = new ArrayList<>(
                values.stream().map(Number::doubleValue).sorted().toList());
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * One result out of the runs of one jar: the first run's fields, with every number named in {@code medianOf}
     * replaced by its median over the runs, {@code peakHeapMb} by the largest, the steps' seconds by their medians
     * and the wall times of every run kept under {@code wallSecondsRuns}.
     */
    static Map<String, Object> combine(List<Map<String, Object>> runs, String... medianOf) {
        Map<String, Object> out = new LinkedHashMap<>(runs.get(0));
        for (String key : medianOf) {
            List<Number> values = new ArrayList<>();
            for (Map<String, Object> r : runs) {
                if (r.get(key) instanceof Number n) {
                    values.add(n);
                }
            }
            if (!values.isEmpty()) {
                out.put(key, ReaderComparison.round(median(values), 1));
            }
        }
        if (runs.size() > 1) {
            out.put(
                    "wallSecondsRuns",
                    runs.stream().map(r -> r.get("wallSeconds")).toList());
            long peak = runs.stream()
                    .mapToLong(r -> ((Number) r.getOrDefault("peakHeapMb", -1L)).longValue())
                    .max()
                    .orElse(-1);
            out.put("peakHeapMb", peak);
            for (Map<String, Object> r : runs) {
                if (((Number) r.get("exitCode")).intValue() != 0) {
                    out.put("exitCode", r.get("exitCode"));
                    out.put("output", r.get("output"));
                }
            }
            if (runs.get(0).get("steps") != null) {
                out.put("steps", medianSteps(runs));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> medianSteps(List<Map<String, Object>> runs) {
        List<Map<String, Object>> first =
                (List<Map<String, Object>>) runs.get(0).get("steps");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> step : first) {
            List<Number> seconds = new ArrayList<>();
            for (Map<String, Object> r : runs) {
                for (Map<String, Object> s : (List<Map<String, Object>>) r.get("steps")) {
                    if (s.get("step").equals(step.get("step")) && s.get("seconds") instanceof Number n) {
                        seconds.add(n);
                    }
                }
            }
            Map<String, Object> m = new LinkedHashMap<>(step);
            m.put("seconds", seconds.isEmpty() ? null : Math.round(median(seconds) * 100) / 100.0);
            steps.add(m);
        }
        return steps;
    }

    /** This build's figure over the baseline's, two decimals; null when either is missing. */
    static Double ratio(Object ours, Object baseline) {
        if (ours instanceof Number a && baseline instanceof Number b && b.doubleValue() != 0) {
            return Math.round(a.doubleValue() / b.doubleValue() * 100) / 100.0;
        }
        return null;
    }
}
