package org.zsyz.scorecard.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.BatchStatus;
import org.zsyz.scorecard.assess.DefaultMethod;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.sample.SampleCityGenerator;
import org.zsyz.scorecard.sample.SampleScale;

/**
 * The sample city's December returns of three years (2023–2025), each year's targets imported and its December
 * assessed, with a method file that lets the year be assessed from December alone.
 */
public final class ThreeYearCity {

    static final int FIRST = 2023;
    static final int LAST = 2025;

    private ThreeYearCity() {}

    /** Writes the year's method file: the defaults, with {@code allowed} months allowed missing. */
    public static void method(Path home, int year, int allowed) throws Exception {
        Path rules = home.resolve("rules");
        Files.createDirectories(rules);
        String text = DefaultMethod.text(year)
                .replaceFirst("allowed_missing_months: 0 ", "allowed_missing_months: " + allowed + " ");
        assertThat(text).contains("allowed_missing_months: " + allowed);
        Files.writeString(rules.resolve("assessment-" + year + ".yml"), text);
    }

    /** Imports the year's targets and its December return and assesses December. */
    public static void december(Path home, ScorecardOperations operations, int year) throws Exception {
        Path generated = home.resolve("gen-" + year);
        if (!Files.isDirectory(generated)) { // generated once per test run: the simulation is the slow part
            new SampleCityGenerator(SampleScale.CITY, SampleCityGenerator.DEFAULT_SEED, YearMonth.of(year, 12))
                    .write(generated, 1);
        }
        assertThat(operations
                        .importTargets(SampleCityGenerator.targetsFile(generated, year), year)
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        YearMonth december = YearMonth.of(year, 12);
        Path inbox = home.resolve("inbox").resolve(december.toString());
        copy(generated.resolve(SampleCityGenerator.INBOX).resolve(december.toString()), inbox);
        assertThat(operations.importReturns(december, inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(operations.assess(december).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(
                        f,
                        to.resolve(f.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
