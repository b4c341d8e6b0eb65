package org.zsyz.scorecard.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zsyz.scorecard.assess.RulesFile;
import org.zsyz.scorecard.assess.RulesYaml;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;

/**
 * The method a sample city is generated for ({@code sample-data --method}, {@code demo --method}): the file read for
 * each sample year, installed beside the sample as {@code rules/assessment-<year>.yml} (where the working folder
 * looks for the year's method), and the catalogue the targets workbooks and returns are written for.
 * {@link #DEFAULT} is no file: the default method, today's sample byte for byte.
 */
public final class MethodSample {

    public static final MethodSample DEFAULT = new MethodSample(null, Map.of());

    private final Path file;
    private final Map<Integer, RulesFile> byYear;
    private MethodTargets targets;

    private MethodSample(Path file, Map<Integer, RulesFile> byYear) {
        this.file = file;
        this.byYear = Collections.unmodifiableMap(new LinkedHashMap<>(byYear));
    }

    /**
     * Reads {@code file} for each year (an example's {@code ${year}} filled in); a bad file throws {@link
     * org.zsyz.scorecard.assess.RulesFileException} naming every problem, before anything is written.
     */
    public static MethodSample of(Path file, int... years) {
        Map<Integer, RulesFile> byYear = new LinkedHashMap<>();
        for (int year : years) {
            byYear.put(year, MethodFiles.read(file, year));
        }
        return new MethodSample(file, byYear);
    }

    public boolean isDefault() {
        return file == null;
    }

    /** The file given, {@code null} for the default. */
    public Path file() {
        return file;
    }

    public IndicatorCatalogue catalogue(int year) {
        RulesFile method = byYear.get(year);
        return method == null ? IndicatorCatalogue.DEFAULT : method.rules().catalogue();
    }

    /** The extra ledger columns the year's method declares (none for the default). */
    public org.zsyz.scorecard.assess.ExtraColumns extraColumns(int year) {
        RulesFile method = byYear.get(year);
        return method == null
                ? org.zsyz.scorecard.assess.ExtraColumns.NONE
                : method.rules().definitions().columns();
    }

    public RulesFile method(int year) {
        return byYear.get(year);
    }

    /** The year's targets for this method: the generator's, plus targets sized for the method's own indicators. */
    TargetsWorkbook fitted(SampleCityGenerator generator, long seed, TargetsWorkbook base) {
        RulesFile method = byYear.get(base.year());
        if (method == null) {
            return base;
        }
        if (targets == null) {
            targets = new MethodTargets(generator, seed);
        }
        return targets.fitted(base, method.rules());
    }

    TargetsWorkbookWriter targetsWriter(int year) {
        return new TargetsWorkbookWriter().withCatalogue(catalogue(year));
    }

    /** Writes each year's method as {@code outDir/rules/assessment-<year>.yml}; nothing for the default. */
    void install(Path outDir) throws IOException {
        for (Map.Entry<Integer, RulesFile> year : byYear.entrySet()) {
            Path target = outDir.resolve("rules").resolve(RulesYaml.fileName(year.getKey()));
            Files.createDirectories(target.getParent());
            Files.writeString(target, year.getValue().text(), StandardCharsets.UTF_8);
        }
    }
}
