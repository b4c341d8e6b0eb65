package org.zsyz.scorecard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.sample.SampleScale;

/**
 * The benchmark: generates the sample data, then in the same run measures (a) reading returns: the importer
 * against FastExcel and POI's user model, (b) storing ledger rows: the project's writer against a plain JDBC
 * batch, (c) unit scorecard PDFs per second, (d) the whole monthly job at each scale in a child JVM with a 512 MB
 * heap, (e) a 200,000-row ledger imported by a child JVM with a 64 MB heap and (f) the start-up of the everyday
 * commands. With {@code --baseline} every child-JVM figure is measured for the previous release's jar too, the two
 * jars taking turns (baseline, this build, baseline, this build, …), and printed beside it as a ratio. Prints a
 * Markdown table (ready for docs/performance.md) and writes every figure as JSON. With {@code --launcher} every
 * child run of this build — (c) to (f) — starts through the launcher, as operators run it; the baseline's stay
 * {@code java -jar} (it had no launcher).
 *
 * <pre>
 * java -jar bench/target/scorecard-bench.jar [--db mariadb|h2] [--url JDBC_URL] [--user U] [--password P]
 *      [--work DIR] [--json FILE] [--scorecard-jar FILE] [--scales province,nation] [--read-scale province]
 *      [--large-rows 200000] [--rounds 3] [--baseline OLD/scorecard.jar] [--pairs 2]
 *      [--launcher scripts/scorecard] [--quick]
 * </pre>
 */
public final class Benchmark {

    static final YearMonth PERIOD = SampleCityGenerator.DEFAULT_LATEST_PERIOD;
    static final String LARGE_UNIT = "410711";

    /** The targets of issues 7 and 22: figures in the benchmark, never timed tests. */
    static final double TARGET_VS_FASTEXCEL = 1.5;

    static final double TARGET_VS_POI = 3.5;
    static final double TARGET_VS_JDBC = 0.8;
    static final double TARGET_COMMAND_SECONDS = 1.5;
    /** Against the baseline jar (issue 22): the nation month's time, the scorecards' size and rate. */
    static final double TARGET_NATION_VS_BASELINE = 0.5;

    static final double TARGET_PDF_SIZE_VS_BASELINE = 1 / 3.0;
    static final double TARGET_PDF_RATE_VS_BASELINE = 2.0;
    /** The embedded default (H2) against MariaDB, the province month of this build. */
    static final double TARGET_EMBEDDED_VS_MARIADB = 1.2;

    private static final String[] MEDIAN_OF = {
        "wallSeconds", "stepsSeconds", "cpuSeconds", "unitPdfsPerSecond", "unitPdfKbMean"
    };

    String dbKind = "mariadb";
    String url = "jdbc:mysql://127.0.0.1:3306/scorecard_bench";
    String user = "root";
    String password = "";
    Path work = Path.of("bench", "target", "bench-work");
    Path json = Path.of("bench", "target", "bench-results.json");
    Path scorecardJar = Path.of("batch-jobs", "target", "scorecard.jar");
    List<SampleScale> scales = List.of(SampleScale.PROVINCE, SampleScale.NATION);
    SampleScale readScale = SampleScale.PROVINCE;
    int largeRows = 200_000;
    int rounds = 3;
    Path baseline;
    Path launcher;
    int pairs = 0;
    boolean embedded = true;
    String monthlyHeap = "512m";
    String largeHeap = "64m";

    public static void main(String[] args) throws Exception {
        Benchmark bench = new Benchmark();
        try {
            bench.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        }
        Map<String, Object> results = bench.run();
        System.out.println();
        System.out.print(BenchReport.markdown(results));
        System.exit(BenchReport.allRan(results) ? 0 : 1);
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quick")) {
                scales = List.of(SampleScale.CITY);
                readScale = SampleScale.CITY;
                largeRows = 5_000;
                rounds = 1;
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException(
                        "options: --db mariadb|h2, --url JDBC_URL, --user U, --password P, "
                                + "--work DIR, --json FILE, --scorecard-jar FILE, --scales province,nation, "
                                + "--read-scale province, --large-rows N, --rounds N, --baseline JAR, --pairs N, --launcher scripts/scorecard, --no-embedded, --quick");
            }
            if (a.equals("--no-embedded")) {
                embedded = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--db" -> {
                    if (!v.equals("mariadb") && !v.equals("mysql") && !v.equals("h2")) {
                        throw new IllegalArgumentException("--db is mariadb, mysql or h2: " + v);
                    }
                    dbKind = v;
                }
                case "--url" -> url = v;
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--work" -> work = Path.of(v);
                case "--json" -> json = Path.of(v);
                case "--scorecard-jar" -> scorecardJar = Path.of(v);
                case "--scales" ->
                    scales = Stream.of(v.split(","))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .map(s -> SampleScale.valueOf(s.toUpperCase(Locale.ROOT)))
                            .toList();
                case "--read-scale" -> readScale = SampleScale.valueOf(v.toUpperCase(Locale.ROOT));
                case "--large-rows" -> largeRows = Integer.parseInt(v);
                case "--rounds" -> rounds = Math.max(1, Integer.parseInt(v));
                case "--baseline" -> {
                    baseline = Path.of(v);
                    if (!Files.isRegularFile(baseline)) {
                        throw new IllegalArgumentException("--baseline: no such jar " + v);
                    }
                }
                case "--pairs" -> pairs = Math.max(1, Integer.parseInt(v));
                case "--launcher" -> launcher = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
    }

    Map<String, Object> run() throws Exception {
        if (!Files.isRegularFile(scorecardJar)) {
            throw new IllegalStateException(scorecardJar.toAbsolutePath() + " is missing: build it first with "
                    + "mvn -B -q -pl bench -am package -DskipTests");
        }
        work = work.toAbsolutePath();
        BenchDatabase db = new BenchDatabase(!dbKind.equals("h2"), url, user, password);
        ChildRun child = new ChildRun(scorecardJar, db, launcher);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe(db));
        results.put(
                "targets",
                Map.of(
                        "importerVsFastExcel",
                        TARGET_VS_FASTEXCEL,
                        "importerVsPoiUserModel",
                        TARGET_VS_POI,
                        "writerVsJdbcBatch",
                        TARGET_VS_JDBC,
                        "nationMonthlyVsBaseline",
                        TARGET_NATION_VS_BASELINE,
                        "embeddedVsMariaDb",
                        TARGET_EMBEDDED_VS_MARIADB,
                        "monthlyHeap",
                        monthlyHeap,
                        "largeLedgerHeap",
                        largeHeap));
        results.put("complete", false);
        clean(work);
        Files.createDirectories(work);

        // Data: the latest month of each scale needed, generated once and shared by every measurement.
        Map<String, Object> generated = new LinkedHashMap<>();
        Map<SampleScale, Path> data = new LinkedHashMap<>();
        List<SampleScale> needed = new ArrayList<>(scales);
        if (!needed.contains(readScale)) {
            needed.add(0, readScale);
        }
        for (SampleScale scale : needed) {
            Path dir = work.resolve("data-" + scale.name().toLowerCase(Locale.ROOT));
            long start = System.nanoTime();
            SampleCityGenerator.Summary s =
                    new SampleCityGenerator(scale, SampleCityGenerator.DEFAULT_SEED).write(dir, 1);
            double seconds = (System.nanoTime() - start) / 1e9;
            data.put(scale, dir);
            generated.put(
                    scale.name().toLowerCase(Locale.ROOT),
                    Map.of(
                            "units",
                            s.units(),
                            "files",
                            s.returnFiles(),
                            "seconds",
                            ReaderComparison.round(seconds, 1)));
            log("generated %s: %d units, %d returns in %.1f s", scale, s.units(), s.returnFiles(), seconds);
        }
        results.put("generated", generated);

        List<Path> readFiles = inbox(data.get(readScale));

        // the launcher's once-per-build extraction and training, before any run of this build goes through it
        if (launcher != null) {
            results.put("launcher", launcher.toString());
            double first =
                    CommandStartRun.launcherFirstStart(child, launcher, work.resolve("launcher-first"), monthlyHeap);
            results.put("launcherFirstStartSeconds", first);
            log("(f) the launcher's first start (once per build): %s s", first);
        }

        // (a) reading
        log("(a) reading %d returns three ways, %d round(s) after a warm-up", readFiles.size(), rounds);
        Map<String, Object> read = new ReaderComparison(readFiles, PERIOD).run(rounds);
        read.put("scale", readScale.name().toLowerCase(Locale.ROOT));
        results.put("read", read);
        log("(a) %s", read);
        writeJson(results);

        // (b) writing: a migrated database with the units, then the same rows two ways
        Path writeHome = work.resolve("write");
        db.reset();
        child.run(
                        writeHome,
                        monthlyHeap,
                        "import-targets",
                        "import-targets",
                        SampleCityGenerator.targetsFile(data.get(readScale), PERIOD.getYear())
                                .toAbsolutePath()
                                .toString())
                .requireOk("import-targets");
        log("(b) storing the ledger rows two ways, %d round(s) after a warm-up", rounds);
        Map<String, Object> write = new WriterComparison(db, writeHome, readFiles, PERIOD).run(rounds);
        write.put("scale", readScale.name().toLowerCase(Locale.ROOT));
        results.put("write", write);
        log("(b) %s", write);
        writeJson(results);

        // (c) + (d) the monthly job at each scale; with a baseline the two jars take turns
        int runs = pairs > 0 ? pairs : baseline != null ? 2 : 1;
        MonthlyRun monthlyRun = new MonthlyRun(db, child, work, monthlyHeap);
        Map<String, Object> monthly = new LinkedHashMap<>();
        results.put("monthly", monthly);
        // the province month on the embedded default too, after each MariaDB run of this build
        EmbeddedDefaultRun h2 =
                embedded && db.mysql ? new EmbeddedDefaultRun(scorecardJar, launcher, work, monthlyHeap) : null;
        for (SampleScale scale : scales) {
            String name = scale.name().toLowerCase(Locale.ROOT);
            List<Map<String, Object>> ours = new ArrayList<>();
            List<Map<String, Object>> theirs = new ArrayList<>();
            List<Map<String, Object>> onH2 = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                if (baseline != null) {
                    log("(d) baseline: monthly %s at %s scale, -Xmx%s (%d/%d)", PERIOD, name, monthlyHeap, i + 1, runs);
                    theirs.add(monthlyRun.run(baseline, scale, data.get(scale)));
                    log("(d) baseline: %s s", theirs.get(i).get("wallSeconds"));
                }
                log(
                        "(d) monthly %s at %s scale in a child JVM with -Xmx%s (%d/%d)",
                        PERIOD, name, monthlyHeap, i + 1, runs);
                ours.add(monthlyRun.run(scorecardJar, scale, data.get(scale)));
                log("(d) %s s", ours.get(i).get("wallSeconds"));
                if (h2 != null && scale == SampleScale.PROVINCE) {
                    log("(d) the same on the embedded default (H2) (%d/%d)", i + 1, runs);
                    onH2.add(h2.run(scorecardJar, scale, data.get(scale)));
                    log("(d) H2: %s s", onH2.get(i).get("wallSeconds"));
                }
            }
            Map<String, Object> result = Medians.combine(ours, MEDIAN_OF);
            if (baseline != null) {
                result.put("baseline", Medians.combine(theirs, MEDIAN_OF));
            }
            if (!onH2.isEmpty()) {
                result.put("embedded", EmbeddedDefaultRun.summary(onH2, result));
            }
            monthly.put(name, result);
            writeJson(results);
        }

        // (f) the everyday commands, in the working folder of the last monthly run (this build's)
        SampleScale last = scales.get(scales.size() - 1);
        String unit = inbox(data.get(last)).get(0).getFileName().toString().replace(".xlsx", "");
        CommandStartRun commands = new CommandStartRun(child, monthlyRun.home(last), monthlyHeap, unit, launcher);
        log("(f) starting the everyday commands, %d round(s)", rounds);
        results.put("commands", commands.run(baseline, rounds));
        log("(f) %s", results.get("commands"));
        writeJson(results);

        // (e) a 200,000-row ledger with a 64 MB heap (--large-rows 0 leaves it out)
        if (largeRows == 0) {
            results.put("complete", true);
            writeJson(results);
            return results;
        }
        log("(e) a %,d-row ledger imported in a child JVM with -Xmx%s", largeRows, largeHeap);
        Map<String, Object> largeResult =
                new LargeLedgerRun(db, child, work, largeRows, monthlyHeap, largeHeap).measure(baseline, runs);
        results.put("largeLedger", largeResult);
        log("(e) %s", results.get("largeLedger"));
        results.put("complete", true);
        writeJson(results);
        return results;
    }

    private void writeJson(Map<String, Object> results) throws IOException {
        Path parent = json.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(json, Json.write(results), StandardCharsets.UTF_8);
    }

    static List<Path> inbox(Path data) throws IOException {
        try (Stream<Path> files =
                Files.list(data.resolve(SampleCityGenerator.INBOX).resolve(PERIOD.toString()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx"))
                    .sorted()
                    .toList();
        }
    }

    static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        System.out.flush();
    }
}
