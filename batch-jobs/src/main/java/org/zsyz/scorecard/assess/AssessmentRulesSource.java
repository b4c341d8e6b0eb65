package org.zsyz.scorecard.assess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.unit.AssessedUnitMapper;
import org.zsyz.scorecard.unit.AssessmentGroup;

/**
 * Which assessment method applies to a year: the file {@code assessment-<year>.yml} in the rules folder
 * ({@code scorecard.rules-dir}, default {@code <scorecard.home>/rules}), or the defaults when there is
 * none. The file is read afresh every time, so an edit takes effect at the next assessment.
 */
@Component
public class AssessmentRulesSource {

    private final ScorecardProperties settings;
    private final AssessedUnitMapper units;
    private final Path folder;

    public AssessmentRulesSource(ScorecardProperties settings, AssessedUnitMapper units,
            @Value("${scorecard.rules-dir:}") String rulesDir) {
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
        return new RulesFile(year != null ? year : 0, file.toAbsolutePath().normalize().toString(), text,
                RulesFile.sha256(text), rules, true);
    }

    /**
     * The default method ({@link DefaultMethod}) for a year without a file, as the file {@code rules init}
     * writes; its deadline is the installation's {@code scorecard.deadline-day} (5 unless set), which the
     * import's 逾期 notice also uses. Once the year's targets are imported its 红黑榜 entries are only those of the
     * year's groups (a city without 县市区 has every group on the default sizes); before, the defaults' list as is.
     */
    public RulesFile defaults(int year) {
        List<String> groups = units.findGroups(year).stream().map(AssessmentGroup::groupName).toList();
        String text = DefaultMethod.text(year, settings.deadlineDay(), groups.isEmpty() ? null : groups);
        return new RulesFile(year, "（无 " + fileFor(year) + "，按默认考核办法）", text, RulesFile.sha256(text),
                RulesYaml.parse(text, RulesYaml.fileName(year), year), false);
    }

    public AssessmentRules rulesFor(int year) {
        return forYear(year).rules();
    }

    /** Where the installation's settings and a year's file disagree in ways that matter; empty when none. */
    public List<String> advisories(RulesFile rules) {
        if (rules.rules().deadlineDay() != settings.deadlineDay()) {
            return List.of("报送截止日为次月" + rules.rules().deadlineDay() + "日，而导入报表时判断逾期用的 scorecard.deadline-day 为"
                    + settings.deadlineDay() + "日：扣分以本文件为准，导入时的“逾期”提示可能与之不同");
        }
        return List.of();
    }

    private static String readText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RulesFileException(List.of(new RulesFileException.Problem(file.getFileName().toString(), 0, null,
                    "文件不是 UTF-8 编码，请另存为 UTF-8 后再试")));
        } catch (IOException e) {
            throw new UncheckedIOException("读不了考核办法文件 " + file + "：" + e.getMessage(), e);
        }
    }
}
