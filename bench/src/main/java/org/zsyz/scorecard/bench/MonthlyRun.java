package org.zsyz.scorecard.bench;

import static org.zsyz.scorecard.bench.Benchmark.PERIOD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.sample.SampleScale;

/**
 * Measurements (c) and (d): one monthly job of a scale, run by a given {@code scorecard.jar} (this build's or the
 * baseline's) in a child JVM on a fresh database and working folder, after an untimed {@code import-targets}.
 */
final class MonthlyRun {

    private final BenchDatabase db;
    private final ChildRun child;
    private final Path work;
    private final String heap;

    MonthlyRun(BenchDatabase db, ChildRun child, Path work, String heap) {
        this.db = db;
        this.child = child;
        this.work = work;
        this.heap = heap;
    }

    /** The working folder of a scale's monthly runs; the last run's database is left there for the commands. */
    Path home(SampleScale scale) {
        return work.resolve("monthly-" + scale.name().toLowerCase(Locale.ROOT));
    }

    Map<String, Object> run(Path jar, SampleScale scale, Path data) throws Exception {
        Path home = home(scale);
        Benchmark.clean(home);
        db.reset();
        child.run(
                        jar,
                        home,
                        heap,
                        "import-targets",
                        "import-targets",
                        SampleCityGenerator.targetsFile(data, PERIOD.getYear())
                                .toAbsolutePath()
                                .toString())
                .requireOk("import-targets");
        Path inbox = home.resolve("inbox").resolve(PERIOD.toString());
        Files.createDirectories(inbox);
        List<Path> files = Benchmark.inbox(data);
        for (Path f : files) {
            Files.copy(f, inbox.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        ChildRun.Result run = child.run(jar, home, heap, "monthly", "monthly", "--period", PERIOD.toString());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("units", scale.units());
        result.put("returns", files.size());
        result.put("ledgerRows", db.count(home, "SELECT COUNT(*) FROM ledger_project"));
        result.put("exitCode", run.exitCode());
        result.put("wallSeconds", ReaderComparison.round(run.seconds(), 1));
        result.put("cpuSeconds", ReaderComparison.round(run.cpuSeconds(), 1));
        result.put("heap", heap);
        result.put("peakHeapMb", run.peakHeapMb());
        // Also after a failure: the steps that finished say how far it got (the failed one has no end time).
        List<Map<String, Object>> steps;
        try {
            steps = db.steps(home, "monthly");
        } catch (java.sql.SQLException e) {
            steps = List.of();
        }
        result.put("steps", steps);
        // the job's steps together (import to publish): what follows the job in the process (the 督办单, the
        // messages) is the difference to wallSeconds
        double stepsSeconds = steps.stream()
                .mapToDouble(step -> step.get("seconds") instanceof Number n ? n.doubleValue() : 0)
                .sum();
        result.put("stepsSeconds", ReaderComparison.round(stepsSeconds, 1));
        for (Map<String, Object> step : steps) {
            if ("renderUnitScorecards".equals(step.get("step")) && step.get("seconds") instanceof Double s && s > 0) {
                result.put("unitPdfs", step.get("written"));
                result.put(
                        "unitPdfsPerSecond", ReaderComparison.round(((Number) step.get("written")).longValue() / s, 1));
            }
        }
        long[] pdfs = unitPdfBytes(home.resolve("out").resolve(PERIOD.toString()));
        if (pdfs[0] > 0) {
            result.put("unitPdfKbMean", ReaderComparison.round(pdfs[1] / 1024.0 / pdfs[0], 1));
        }
        if (run.exitCode() != 0) {
            result.put("output", run.outputTail());
        }
        return result;
    }

    /** The count and total bytes of the unit scorecards (named by unit code; the bulletin is not one). */
    static long[] unitPdfBytes(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return new long[] {0, 0};
        }
        long count = 0;
        long bytes = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".pdf") && Character.isDigit(name.charAt(0))) {
                    count++;
                    bytes += Files.size(f);
                }
            }
        }
        return new long[] {count, bytes};
    }
}
