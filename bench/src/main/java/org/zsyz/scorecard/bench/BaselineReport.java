package org.zsyz.scorecard.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of this build beside the baseline jar's from the same run ({@code --baseline}): the two jars took
 * turns on the same host, so the ratio holds where the absolute figures drift with the host's load.
 */
final class BaselineReport {

    private BaselineReport() {}

    static String markdown(Map<String, Object> r) {
        StringBuilder out = new StringBuilder();
        Map<?, ?> monthly = (Map<?, ?>) r.get("monthly");
        Map<?, ?> commands = (Map<?, ?>) r.get("commands");
        Map<?, ?> large = (Map<?, ?>) r.get("largeLedger");
        boolean any = monthly != null
                        && monthly.values().stream().anyMatch(m -> ((Map<?, ?>) m).get("baseline") != null)
                || commands != null
                        && commands.values().stream().anyMatch(c -> ((Map<?, ?>) c).get("baselineSeconds") != null);
        if (!any) {
            return "";
        }
        out.append("\nAgainst the baseline jar, same run, the jars taking turns (median of the runs):\n\n");
        out.append("| measure | this build | baseline | this ÷ baseline | baseline ÷ this |\n");
        out.append("|---|---|---|---|---|\n");
        if (monthly != null) {
            for (Map.Entry<?, ?> e : monthly.entrySet()) {
                Map<?, ?> m = (Map<?, ?>) e.getValue();
                Map<?, ?> b = (Map<?, ?>) m.get("baseline");
                if (b == null) {
                    continue;
                }
                String scale = String.valueOf(e.getKey());
                out.append(row("(d) monthly job, " + scale + " (s)", m.get("wallSeconds"), b.get("wallSeconds")));
                out.append(row(
                        "(d) … its steps together (import to publish; the process adds the 督办单 and messages), " + scale
                                + " (s)",
                        m.get("stepsSeconds"),
                        b.get("stepsSeconds")));
                out.append(row(
                        "(d) monthly job, " + scale + " (CPU s, user + system)",
                        m.get("cpuSeconds"),
                        b.get("cpuSeconds")));
                for (String step : List.of("importReturn", "assessUnits", "renderUnitScorecards", "renderBulletin")) {
                    out.append(row("(d) … step " + step + ", " + scale + " (s)", step(m, step), step(b, step)));
                }
                out.append(row(
                        "(c) unit scorecard PDFs, " + scale + " (PDFs/s)",
                        m.get("unitPdfsPerSecond"),
                        b.get("unitPdfsPerSecond")));
                out.append(row(
                        "(c) unit scorecard PDF size, " + scale + " (KB, mean)",
                        m.get("unitPdfKbMean"),
                        b.get("unitPdfKbMean")));
                out.append(row("(d) peak heap, " + scale + " (MB)", m.get("peakHeapMb"), b.get("peakHeapMb")));
            }
        }
        if (commands != null) {
            for (Map.Entry<?, ?> e : commands.entrySet()) {
                Map<?, ?> c = (Map<?, ?>) e.getValue();
                out.append(row("(f) `scorecard " + e.getKey() + "` (s)", c.get("seconds"), c.get("baselineSeconds")));
            }
        }
        if (large != null && large.get("baseline") instanceof Map<?, ?> b) {
            out.append(row(
                    "(e) large ledger, -Xmx" + large.get("heap") + " (s)",
                    large.get("wallSeconds"),
                    b.get("wallSeconds")));
            out.append(row("(e) large ledger peak heap (MB)", large.get("peakHeapMb"), b.get("peakHeapMb")));
        }
        return out.toString();
    }

    private static Object step(Map<?, ?> run, String name) {
        Object steps = run.get("steps");
        if (steps instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> s = (Map<?, ?>) o;
                if (name.equals(s.get("step"))) {
                    return s.get("seconds");
                }
            }
        }
        return null;
    }

    private static String row(String measure, Object ours, Object baseline) {
        Double ratio = Medians.ratio(ours, baseline);
        Double inverse = Medians.ratio(baseline, ours);
        return "| " + measure + " | " + (ours == null ? "" : ours) + " | " + (baseline == null ? "" : baseline) + " | "
                + (ratio == null ? "" : String.format(Locale.ROOT, "%.2f", ratio)) + " | "
                + (inverse == null ? "" : String.format(Locale.ROOT, "%.2f", inverse)) + " |\n";
    }
}
