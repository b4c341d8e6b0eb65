package org.zsyz.scorecard.assess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.store.unit.AssessmentGroup;

/**
 * Which assessment method applies to a year: the file {@code assessment-<year>.yml} in the rules folder
 * ({@code scorecard.rules-dir}, default {@code <scorecard.home>/rules}), or the defaults when there is
 * none. The file is read afresh every time, so an edit takes effect at the next assessment. The year's method is
 * the one rule for lateness: the import's 逾期 flag, the portal's board and banner and the 扣分 all ask
 * {@link #deadline(YearMonth)}.
 */
@Component
public class AssessmentRulesSource {

    private final ScorecardProperties settings;
    private final AssessedUnitMapper units;
    private final Path folder;

    public AssessmentRulesSource(
            ScorecardProperties settings, AssessedUnitMapper units, @Value("${scorecard.rules-dir:}") String rulesDir) {
        this.settings = settings;
        this.units = units;
        this.folder = rulesDir == null || rulesDir.isBlank() ? settings.home().resolve("rules") : Path.of(rulesDir);
    }

    public Path folder() {
        return folder;
    }

    public Path fileFor(int year) {
        return folder.resolve(RulesYaml.fileName(year));
    }

    /** The year's method and the text it came from. */
    public RulesFile forYear(int year) {
        Path file = fileFor(year);
        if (!Files.isRegularFile(file)) {
            return defaults(year);
        }
        return read(file, year);
    }

    /** Reads and validates a file; {@code year} (when given) must match the file's. */
    public static RulesFile read(Path file, Integer year) {
        String text = readText(file);
        AssessmentRules rules = RulesYaml.parse(text, file.getFileName().toString(), year);
        return new RulesFile(
                year != null ? year : 0,
                file.toAbsolutePath().normalize().toString(),
                text,
                RulesFile.sha256(text),
                rules,
                true);
    }

    /**
     * The last day a period's return is on time under the period's year's method (its {@code deadline_day}; the
     * defaults' when the year has no file). A file with errors is reported as such: lateness is not guessed.
     */
    public LocalDate deadline(YearMonth period) {
        Path file = fileFor(period.getYear());
        // Only the deadline day is wanted: a year without a file does not need its groups from the database.
        AssessmentRules rules = Files.isRegularFile(file) ? parsedForDeadline(file, period.getYear()) : defaultRules();
        return rules.deadline(period);
    }

    /**
     * The extra 项目台账 columns the period's year's method declares ({@link ExtraColumns#NONE} without a file or
     * for a format-1 file): what the import looks for after the standard columns. Parsed as for the deadline.
     */
    public ExtraColumns extraColumns(YearMonth period) {
        Path file = fileFor(period.getYear());
        return Files.isRegularFile(file)
                ? parsedForDeadline(file, period.getYear()).definitions().columns()
                : ExtraColumns.NONE;
    }

    /** The last file parsed for a deadline, with its stamp: the import asks once per return, not per edit. */
    private record Parsed(Path file, Object stamp, long size, AssessmentRules rules) {}

    private volatile Parsed lastParsed;

    private AssessmentRules parsedForDeadline(Path file, int year) {
        try {
            Object stamp = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Parsed last = lastParsed;
            if (last != null && last.file().equals(file) && last.stamp().equals(stamp) && last.size() == size) {
                return last.rules();
            }
            AssessmentRules rules = read(file, year).rules();
            lastParsed = new Parsed(file, stamp, size, rules);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException("读不了考核办法文件 " + file + "：" + e.getMessage(), e);
        }
    }

    /**
     * The default method ({@link DefaultMethod}) for a year without a file, as the file {@code rules init}
     * writes; its deadline day is seeded from the installation's {@code scorecard.deadline-day} (5 unless set).
     * Once the year's targets are imported its 红黑榜 entries are only those of the year's groups (a city without
     * 县市区 has every group on the default sizes); before, the defaults' list as is.
     */
    public RulesFile defaults(int year) {
        List<String> groups =
                units.findGroups(year).stream().map(AssessmentGroup::groupName).toList();
        String text = DefaultMethod.text(year, settings.deadlineDay(), groups.isEmpty() ? null : groups);
        return new RulesFile(
                year,
                "（无 " + fileFor(year) + "，按默认考核办法）",
                text,
                RulesFile.sha256(text),
                RulesYaml.parse(text, RulesYaml.fileName(year), year),
                false);
    }

    public AssessmentRules rulesFor(int year) {
        return forYear(year).rules();
    }

    /** The year's indicators, in the method's order (the built-in ten without a file or with a format-1 file). */
    public org.zsyz.scorecard.store.indicator.IndicatorCatalogue catalogueFor(int year) {
        return forYear(year).rules().catalogue();
    }

    private AssessmentRules defaultRules() {
        return AssessmentRules.defaults().withDeadlineDay(settings.deadlineDay());
    }

    private static String readText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RulesFileException(List.of(new RulesFileException.Problem(
                    file.getFileName().toString(), 0, null, "文件不是 UTF-8 编码，请另存为 UTF-8 后再试")));
        } catch (IOException e) {
            throw new UncheckedIOException("读不了考核办法文件 " + file + "：" + e.getMessage(), e);
        }
    }
}
