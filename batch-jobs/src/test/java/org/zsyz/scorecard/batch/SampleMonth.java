package org.zsyz.scorecard.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.zsyz.scorecard.sample.SampleCityGenerator;

/**
 * The sample city's latest month as a test case: its year's targets workbook and the 13 returns of the month,
 * generated once per test run and copied (with their arrival times) into a working folder.
 */
public final class SampleMonth {

    public static final YearMonth PERIOD = YearMonth.of(2025, 9);
    public static final int YEAR = 2025;
    public static final int UNITS = 13;

    private static Path generated;

    private SampleMonth() {}

    private static synchronized Path generated() {
        if (generated == null) {
            try {
                Path dir = Files.createTempDirectory("sample-city");
                new SampleCityGenerator().write(dir);
                generated = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated;
    }

    /** Empties the working folder, then puts the targets workbook and the month's inbox into it. */
    public static Path prepare(Path home) {
        Path source = generated();
        try {
            for (String folder : List.of("inbox", "archive", "rejected", "out")) {
                deleteTree(home.resolve(folder));
            }
            Path targets = home.resolve("targets-" + YEAR + ".xlsx");
            Files.copy(
                    source.resolve("targets-" + YEAR + ".xlsx"),
                    targets,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
            Path inbox = Files.createDirectories(home.resolve("inbox").resolve(PERIOD.toString()));
            try (Stream<Path> returns = Files.list(source.resolve("inbox").resolve(PERIOD.toString()))) {
                for (Path file : returns.toList()) {
                    Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return targets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files in a folder; 0 when it does not exist (yet). */
    static long count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the folder moved meanwhile
        }
    }

    /** Copies another month's returns of the sample city (with their arrival times) into inbox/<period>/. */
    public static Path copyInbox(Path home, YearMonth period) {
        try {
            Path inbox = Files.createDirectories(home.resolve("inbox").resolve(period.toString()));
            try (Stream<Path> returns = Files.list(generated().resolve("inbox").resolve(period.toString()))) {
                for (Path file : returns.toList()) {
                    Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return inbox;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
