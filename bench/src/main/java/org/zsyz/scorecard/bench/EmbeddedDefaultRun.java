package org.zsyz.scorecard.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.sample.SampleScale;

/**
 * The province month of this build on the embedded default (H2 in its working folder), for the goal that a new
 * user's database stays within {@link Benchmark#TARGET_EMBEDDED_VS_MARIADB} of MariaDB's time: run right after
 * each MariaDB run of the same month, so the two take turns on the same host.
 */
final class EmbeddedDefaultRun {

    private final MonthlyRun monthly;

    EmbeddedDefaultRun(Path scorecardJar, Path launcher, Path work, String heap) {
        BenchDatabase h2 = new BenchDatabase(false, null, null, null);
        this.monthly = new MonthlyRun(h2, new ChildRun(scorecardJar, h2, launcher), work.resolve("embedded"), heap);
    }

    Map<String, Object> run(Path jar, SampleScale scale, Path data) throws Exception {
        return monthly.run(jar, scale, data);
    }

    /** The medians of the H2 runs with their ratio to the MariaDB runs' median wall time. */
    static Map<String, Object> summary(List<Map<String, Object>> h2Runs, Map<String, Object> mariadb) {
        Map<String, Object> result = Medians.combine(h2Runs, "wallSeconds", "stepsSeconds", "cpuSeconds");
        Double ratio = Medians.ratio(result.get("wallSeconds"), mariadb.get("wallSeconds"));
        result.put("ratioToMariaDb", ratio == null ? null : ReaderComparison.round(ratio, 2));
        return result;
    }
}
