package org.zsyz.scorecard.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.returns.ReturnWorkbookWriter;
import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;

/**
 * Writes only the part of the sample city a test needs: both years' targets and the returns of a few months
 * (the generator's {@code write} writes every month of two years, which takes long). Same files, same file
 * times, same missing return as the generator writes.
 */
final class SampleCityFiles {

    private SampleCityFiles() {}

    private static final Map<String, Path> WRITTEN = new java.util.HashMap<>();

    /**
     * Copies the files into {@code home}, writing them once per JVM: the H2 and MariaDB runs of a test get the
     * same files (with their times) without paying for POI twice.
     */
    static synchronized void copy(SampleCityGenerator generator, Path home, List<YearMonth> periods)
            throws IOException {
        String key = generator.latestPeriod() + " " + periods;
        Path written = WRITTEN.get(key);
        if (written == null) {
            written = Files.createTempDirectory("sample-city-");
            write(generator, written, periods);
            WRITTEN.put(key, written);
        }
        Path source = written;
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = home.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void write(SampleCityGenerator generator, Path home, Collection<YearMonth> periods) throws IOException {
        for (int year : new int[] {generator.previousYear(), generator.currentYear()}) {
            Path file = SampleCityGenerator.targetsFile(home, year);
            Files.createDirectories(home);
            new TargetsWorkbookWriter().withTimestamp(generator.issued(year)).write(generator.targets(year), file);
            Files.setLastModifiedTime(file, FileTime.from(generator.issued(year)));
        }
        // a unit per task: POI is the slow part
        generator.units().parallelStream().forEach(unit -> {
            Map<YearMonth, ReturnWorkbook> returns = generator.returns(unit);
            for (YearMonth period : periods) {
                if (unit.code().equals(generator.missingUnit()) && period.equals(generator.missingPeriod())) {
                    continue;
                }
                try {
                    writeReturn(
                            returns.get(period),
                            SampleCityGenerator.returnFile(home, period, unit.code()),
                            generator.arrival(unit, period));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** One return as the unit sends it, arriving at {@code arrived} (the importer reads the file time). */
    static void writeReturn(ReturnWorkbook workbook, Path file, Instant arrived) throws IOException {
        Files.createDirectories(file.getParent());
        new ReturnWorkbookWriter().withTimestamp(arrived).write(workbook, file);
        Files.setLastModifiedTime(file, FileTime.from(arrived));
    }
}
