package org.zsyz.scorecard.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.util.Reproducibility;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.returns.ReturnWorkbookWriter;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.UnitTargets;

/**
 * Generates a reproducible fictional city for demos and tests: the targets workbooks of the last and the current
 * year and every unit's monthly return from January of last year to the latest period, as the units would send
 * them (the importer's inbox).
 *
 * <pre>
 * outDir/targets-2024.xlsx            with a 序时进度 sheet (5%, 10%, 18%, … 100%)
 * outDir/targets-2025.xlsx            header-only 序时进度: m/12
 * outDir/inbox/2024-01/419921.xlsx    … one per unit and month, last-modified = when it "arrived"
 * </pre>
 *
 * <p>Same scale, seed and latest period give the same bytes and the same file times, on any machine: every draw
 * comes from a {@link Random} seeded per unit, nothing reads the clock, and the workbooks carry fixed timestamps.
 * Deliberate irregularities for the import flow: one unit sends no return for the month before the latest, and one
 * unit's latest return arrives on day 8 (after the day-5 deadline); every other file arrives on day 1–4 of the next
 * month around 10:00 Asia/Shanghai.
 */
public final class SampleCityGenerator {

    public static final long DEFAULT_SEED = 20_250_930L;
    public static final YearMonth DEFAULT_LATEST_PERIOD = YearMonth.of(2025, 9);
    public static final String CITY_NAME = "示例市";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The deadline day the file times are placed around: on time = day 1–4, late = day {@value #LATE_DAY}. */
    public static final int LATE_DAY = 8;

    public static final String INBOX = "inbox";

    /**
     * What a run wrote.
     *
     * @param periods every month a return was written for, oldest first
     * @param missingReturns "code period" of each return deliberately not written
     * @param lateReturns "code period" of each return that arrives after the deadline
     */
    public record Summary(
            Path outDir,
            SampleScale scale,
            long seed,
            int units,
            List<YearMonth> periods,
            YearMonth latestPeriod,
            List<Path> targetFiles,
            int returnFiles,
            List<String> missingReturns,
            List<String> lateReturns) {

        public int filesWritten() {
            return targetFiles.size() + returnFiles;
        }
    }

    private final SampleScale scale;
    private final long seed;
    private final YearMonth latest;
    private final List<SampleUnit> units;
    private final SampleTargets plan;
    private MethodSample method = MethodSample.DEFAULT;

    /** 示例市 with the default seed, latest period 2025-09. */
    public SampleCityGenerator() {
        this(SampleScale.CITY, DEFAULT_SEED, DEFAULT_LATEST_PERIOD);
    }

    public SampleCityGenerator(SampleScale scale, long seed) {
        this(scale, seed, DEFAULT_LATEST_PERIOD);
    }

    /**
     * @param latest the current period: returns are written for every month of its year up to it and every month of
     *        the year before
     */
    public SampleCityGenerator(SampleScale scale, long seed, YearMonth latest) {
        this.scale = scale;
        this.seed = seed;
        this.latest = latest;
        this.units = scale == SampleScale.CITY
                ? SampleUnits.city(currentYear())
                : SampleUnits.generated(scale, seed, currentYear());
        this.plan = new SampleTargets(scale, seed, currentYear());
    }

    /** Generates the city for this method (targets, returns and the method file itself); default: the default. */
    public SampleCityGenerator withMethod(MethodSample method) {
        this.method = java.util.Objects.requireNonNull(method, "method");
        return this;
    }

    /** Generates {@link SampleScale#CITY} with the default seed into {@code outDir}. */
    public static Summary writeDefault(Path outDir) throws IOException {
        return new SampleCityGenerator().write(outDir);
    }

    public List<SampleUnit> units() {
        return units;
    }

    public int currentYear() {
        return latest.getYear();
    }

    public int previousYear() {
        return latest.getYear() - 1;
    }

    public YearMonth latestPeriod() {
        return latest;
    }

    public YearMonth firstPeriod() {
        return YearMonth.of(previousYear(), 1);
    }

    public List<YearMonth> periods() {
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth t = firstPeriod(); !t.isAfter(latest); t = t.plusMonths(1)) {
            periods.add(t);
        }
        return periods;
    }

    /** The unit that sends no return for the month before the latest period. */
    public String missingUnit() {
        return scale == SampleScale.CITY
                ? SampleUnits.MISSING_RETURN_UNIT
                : units.get(3).code();
    }

    /** The unit whose latest return arrives on day {@value #LATE_DAY}. */
    public String lateUnit() {
        return scale == SampleScale.CITY
                ? SampleUnits.LATE_RETURN_UNIT
                : units.get(7).code();
    }

    public YearMonth missingPeriod() {
        return latest.minusMonths(1);
    }

    // ------------------------------------------------------------------------------------------- targets

    /** The targets workbook of {@code year} as published (blank where a unit has no target). */
    public TargetsWorkbook targets(int year) {
        List<UnitTargets> rows = new ArrayList<>();
        for (SampleUnit unit : units) {
            TreeMap<Indicator, BigDecimal> published = new TreeMap<>(plan.simulationTargets(unit, year));
            unit.noTarget().forEach(published::remove);
            rows.add(new UnitTargets(unit.code(), unit.name(), unit.group(), unit.ranked(), published));
        }
        return new TargetsWorkbook(year, rows, plan.schedule(year));
    }

    // ------------------------------------------------------------------------------------------- returns

    /** Simulates one unit and returns its end-of-month return for every period (including a missing one). */
    public LinkedHashMap<YearMonth, ReturnWorkbook> returns(SampleUnit unit) {
        Map<Integer, Map<Indicator, BigDecimal>> targetsByYear = new TreeMap<>();
        Map<Integer, NavigableMap<Integer, BigDecimal>> schedulesByYear = new TreeMap<>();
        UnitSimulation simulation = new UnitSimulation(
                unit,
                CITY_NAME,
                mix(seed, unit.code(), 0),
                year -> targetsByYear.computeIfAbsent(year, y -> plan.simulationTargets(unit, y)),
                year -> schedulesByYear.computeIfAbsent(year, plan::schedule),
                SampleUnits.flagships(unit.code(), currentYear()),
                scale != SampleScale.CITY);
        LinkedHashMap<YearMonth, ReturnWorkbook> returns =
                simulation.run(YearMonth.of(previousYear() - 1, 1), firstPeriod(), latest);
        // a method's extra ledger columns get sample values; nothing to do for the default method
        returns.replaceAll((period, r) -> method.extraColumns(period.getYear()).isEmpty()
                ? r
                : new SampleExtras(method.extraColumns(period.getYear()), seed).fill(r));
        return returns;
    }

    /** When a unit's return for {@code period} reached the bureau (the importer reads it from the file time). */
    public Instant arrival(SampleUnit unit, YearMonth period) {
        Random rng = new Random(mix(seed, unit.code(), period.getYear() * 100 + period.getMonthValue()));
        YearMonth next = period.plusMonths(1);
        int day = 1 + rng.nextInt(4);
        int hour = 9 + rng.nextInt(3);
        int minute = rng.nextInt(60);
        if (unit.code().equals(lateUnit()) && period.equals(latest)) {
            day = LATE_DAY;
            hour = 10;
        }
        return LocalDateTime.of(next.getYear(), next.getMonth(), day, hour, minute)
                .atZone(ZONE)
                .toInstant();
    }

    /** When the targets workbook of a year was issued: 10 January, 09:30. */
    public Instant issued(int year) {
        return LocalDateTime.of(year, 1, 10, 9, 30).atZone(ZONE).toInstant();
    }

    public static Path returnFile(Path outDir, YearMonth period, String unitCode) {
        return outDir.resolve(INBOX).resolve(period.toString()).resolve(unitCode + ".xlsx");
    }

    public static Path targetsFile(Path outDir, int year) {
        return outDir.resolve("targets-" + year + ".xlsx");
    }

    // ------------------------------------------------------------------------------------------- writing

    /** Writes the targets workbooks and every return into {@code outDir} (created if missing; files overwritten). */
    public Summary write(Path outDir) throws IOException {
        return write(outDir, periods().size());
    }

    /**
     * Writes the targets workbooks of both years and the returns of the latest {@code months} periods only (the
     * whole history is still simulated, so the files written are byte for byte those a full run writes). A benchmark
     * of the monthly run needs only the latest month's inbox: at nation scale that is 2,850 files instead of 59,850.
     *
     * @param months how many periods, counting back from the latest, get their returns written (1 … 21)
     */
    public Summary write(Path outDir, int months) throws IOException {
        List<YearMonth> all = periods();
        if (months < 1 || months > all.size()) {
            throw new IllegalArgumentException("months must be 1 to " + all.size() + ": " + months);
        }
        List<YearMonth> written = List.copyOf(all.subList(all.size() - months, all.size()));
        Files.createDirectories(outDir);
        int[] returnFiles = {0};
        List<Path> targetFiles = new ArrayList<>();
        // Fixed zip entry times for the whole run: set once here so parallel writers never race on POI's flag.
        Reproducibility.runWithSourceDateEpoch(() -> {
            for (int year : List.of(previousYear(), currentYear())) {
                Path file = targetsFile(outDir, year);
                method.targetsWriter(year)
                        .withTimestamp(issued(year))
                        .write(method.fitted(this, seed, targets(year)), file);
                Files.setLastModifiedTime(file, FileTime.from(issued(year)));
                targetFiles.add(file);
            }
            returnFiles[0] = writeReturns(outDir, written.get(0));
            method.install(outDir);
        });
        List<String> missing =
                written.contains(missingPeriod()) ? List.of(missingUnit() + " " + missingPeriod()) : List.of();
        String late = lateUnit() + " " + latest;
        return new Summary(
                outDir,
                scale,
                seed,
                units.size(),
                written,
                latest,
                List.copyOf(targetFiles),
                returnFiles[0],
                missing,
                List.of(late));
    }

    private int writeReturns(Path outDir, YearMonth from) throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sample-city");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (SampleUnit unit : units) {
                done.add(pool.submit(() -> writeUnit(outDir, unit, from)));
            }
            int files = 0;
            for (Future<Integer> future : done) {
                files += future.get();
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the sample city", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int writeUnit(Path outDir, SampleUnit unit, YearMonth from) throws IOException {
        ReturnWorkbookWriter base = new ReturnWorkbookWriter();
        int files = 0;
        for (Map.Entry<YearMonth, ReturnWorkbook> entry : returns(unit).entrySet()) {
            YearMonth period = entry.getKey();
            if (period.isBefore(from) || unit.code().equals(missingUnit()) && period.equals(missingPeriod())) {
                continue;
            }
            Instant arrived = arrival(unit, period);
            Path file = returnFile(outDir, period, unit.code());
            base.withExtraColumns(method.extraColumns(period.getYear()))
                    .withTimestamp(arrived)
                    .write(entry.getValue(), file);
            Files.setLastModifiedTime(file, FileTime.from(arrived));
            files++;
        }
        return files;
    }

    /** A seed for one unit (and year or month) that does not depend on the order anything is generated in. */
    static long mix(long seed, String code, int salt) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < code.length(); i++) {
            h = (h ^ code.charAt(i)) * 0x100000001B3L;
        }
        h ^= salt * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        return h;
    }
}
