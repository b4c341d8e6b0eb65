package org.zsyz.scorecard.bench;

import static org.zsyz.scorecard.bench.Benchmark.LARGE_UNIT;
import static org.zsyz.scorecard.bench.Benchmark.PERIOD;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnActivity;
import org.zsyz.scorecard.returns.ReturnCover;
import org.zsyz.scorecard.returns.ReturnWorkbookWriter;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;
import org.zsyz.scorecard.targets.UnitTargets;

/**
 * Measurement (e): one unit's very large ledger imported by a child JVM with a small heap. Its own class because it
 * builds its own return rather than using the sample city's.
 */
final class LargeLedgerRun {

    private final BenchDatabase db;
    private final ChildRun child;
    private final Path work;
    private final int largeRows;
    private final String monthlyHeap;
    private final String largeHeap;

    LargeLedgerRun(BenchDatabase db, ChildRun child, Path work, int largeRows, String monthlyHeap, String largeHeap) {
        this.db = db;
        this.child = child;
        this.work = work;
        this.largeRows = largeRows;
        this.monthlyHeap = monthlyHeap;
        this.largeHeap = largeHeap;
    }

    /** {@code runs} runs of this build, taking turns with the baseline's when there is one; the medians. */
    Map<String, Object> measure(Path baseline, int runs) throws Exception {
        List<Map<String, Object>> ours = new ArrayList<>();
        List<Map<String, Object>> theirs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (baseline != null) {
                theirs.add(run(baseline));
            }
            ours.add(run(child.scorecardJar));
        }
        Map<String, Object> result = Medians.combine(ours, "wallSeconds", "cpuSeconds");
        if (baseline != null) {
            result.put("baseline", Medians.combine(theirs, "wallSeconds", "cpuSeconds"));
        }
        return result;
    }

    Map<String, Object> run(Path jar) throws Exception {
        Path home = work.resolve("large-ledger");
        Benchmark.clean(home);
        db.reset();
        Files.createDirectories(home);
        Path targets = home.resolve("targets-" + PERIOD.getYear() + ".xlsx");
        new TargetsWorkbookWriter()
                .write(
                        new TargetsWorkbook(
                                PERIOD.getYear(),
                                List.of(new UnitTargets(
                                        LARGE_UNIT, "牧野区", "城区", true, Map.of(Indicator.I1, new BigDecimal("20"))))),
                        targets);
        child.run(
                        jar,
                        home,
                        monthlyHeap,
                        "import-targets",
                        "import-targets",
                        targets.toAbsolutePath().toString())
                .requireOk("import-targets");
        Path file = home.resolve("inbox").resolve(PERIOD.toString()).resolve(LARGE_UNIT + ".xlsx");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            new ReturnWorkbookWriter()
                    .write(
                            new ReturnCover(LARGE_UNIT, "牧野区", PERIOD, "王丽", "0373-1234567"),
                            () -> largeLedgerRows(largeRows),
                            new ReturnActivity(12, 3, 40, 25),
                            out);
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-10-02T02:00:00Z")));
        long fileBytes = Files.size(file);
        ChildRun.Result run =
                child.run(jar, home, largeHeap, "import-returns", "import-returns", "--period", PERIOD.toString());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", largeRows);
        result.put("fileMb", ReaderComparison.round(fileBytes / 1048576.0, 1));
        result.put("heap", largeHeap);
        result.put("exitCode", run.exitCode());
        result.put("wallSeconds", ReaderComparison.round(run.seconds(), 1));
        result.put("cpuSeconds", ReaderComparison.round(run.cpuSeconds(), 1));
        result.put("peakHeapMb", run.peakHeapMb());
        long stored = run.exitCode() == 0 ? db.count(home, "SELECT COUNT(*) FROM ledger_project") : 0;
        result.put("rowsStored", stored);
        result.put("accepted", run.exitCode() == 0 && stored == largeRows);
        if (!Boolean.TRUE.equals(result.get("accepted"))) {
            result.put("output", run.outputTail());
        }
        return result;
    }

    /** Rows of a big unit's ledger: every field a real one has, names long like real ones. */
    static Iterator<LedgerRow> largeLedgerRows(int rows) {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public LedgerRow next() {
                i++;
                String n = String.format("%06d", i);
                return new LedgerRow(
                        "XM-2025-" + n,
                        "招商引资重点项目" + n + "号智能制造产业园",
                        "某某投资控股集团有限公司第" + n + "分公司",
                        InvestorSource.OUT_OF_PROVINCE,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2024, 1, 10),
                        new BigDecimal("1.5"),
                        LocalDate.of(2024, 2, 1),
                        new BigDecimal("0.8"),
                        new BigDecimal("0.5"),
                        null,
                        true,
                        i % 50 == 0,
                        null);
            }
        };
    }
}
