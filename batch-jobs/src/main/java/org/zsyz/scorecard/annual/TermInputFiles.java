package org.zsyz.scorecard.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zsyz.scorecard.store.term.TermAdjustment;

/**
 * The bureau's entries for a term, in {@code annual/<term>/} under the working folder (docs/annual.md):
 * {@code 核定数.csv} (单位代码,指标代码,核定数) and {@code 加减分.csv} (单位代码,分值,事由). Both optional; every
 * problem is collected and the term refused with all of them, naming file and line.
 */
public final class TermInputFiles {

    public static final String VERIFIED = "核定数.csv";
    public static final String ADJUSTMENTS = "加减分.csv";

    private final Path folder;
    private final Set<String> units;
    private final Set<String> indicatorCodes;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param units          the term's unit codes
     * @param indicatorCodes the codes a 核定 figure may be entered for (indicators with a target)
     */
    public TermInputFiles(Path folder, Set<String> units, Set<String> indicatorCodes) {
        this.folder = folder;
        this.units = units;
        this.indicatorCodes = indicatorCodes;
    }

    /** Both files as read. */
    public record Entries(
            Map<String, Map<String, BigDecimal>> verified, Map<String, List<TermAdjustment>> adjustments) {}

    /** @throws TermRefusedException listing every problem of both files */
    public Entries read(String term) {
        Map<String, Map<String, BigDecimal>> verified = new LinkedHashMap<>();
        for (Line line : lines(VERIFIED, 3)) {
            String unit = unit(line);
            String code = line.cells[1];
            if (!indicatorCodes.contains(code)) {
                problem(line, "指标代码“" + code + "”不能录入核定数；可录入的指标为 " + String.join("、", indicatorCodes));
                continue;
            }
            BigDecimal value = number(line, line.cells[2], "核定数");
            if (unit == null || value == null) {
                continue;
            }
            if (value.signum() < 0) {
                problem(line, "核定数不能为负数：" + line.cells[2]);
                continue;
            }
            if (verified.computeIfAbsent(unit, u -> new LinkedHashMap<>()).put(code, value) != null) {
                problem(line, "单位 " + unit + " 的指标 " + code + " 重复录入了核定数");
            }
        }
        Map<String, List<TermAdjustment>> adjustments = new LinkedHashMap<>();
        for (Line line : lines(ADJUSTMENTS, 3)) {
            String unit = unit(line);
            BigDecimal points = number(line, line.cells[1], "分值");
            String reason = line.cells[2];
            if (reason.isEmpty()) {
                problem(line, "加减分须写明事由（如 领导评价、工作创新、约谈、通报批评）");
                continue;
            }
            if (reason.length() > 300) {
                problem(line, "事由过长（" + reason.length() + " 个字，上限 300）");
                continue;
            }
            if (unit == null || points == null) {
                continue;
            }
            List<TermAdjustment> items = adjustments.computeIfAbsent(unit, u -> new ArrayList<>());
            items.add(new TermAdjustment(term, unit, items.size() + 1, points, reason));
        }
        if (!problems.isEmpty()) {
            throw new TermRefusedException(String.join("\n", problems));
        }
        return new Entries(verified, adjustments);
    }

    private record Line(String file, int number, String[] cells) {}

    private List<Line> lines(String name, int columns) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(file + "：不是 UTF-8 编码的文本，请另存为“CSV UTF-8”");
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < text.size(); i++) { // line 1 is the header
            String raw = text.get(i).replace("\uFEFF", "").strip();
            if (raw.isEmpty()) {
                continue;
            }
            String[] cells = raw.split("\\s*,\\s*", -1);
            Line line = new Line(file.toString(), i + 1, cells);
            if (cells.length != columns) {
                problem(line, "应有 " + columns + " 列，实有 " + cells.length + " 列");
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            lines.add(line);
        }
        return lines;
    }

    private String unit(Line line) {
        String code = line.cells[0];
        if (!units.contains(code)) {
            problem(line, "单位代码“" + code + "”不是本考核期的考核单位");
            return null;
        }
        return code;
    }

    private BigDecimal number(Line line, String text, String what) {
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.scale() > 8 || value.precision() - value.scale() > 12) {
                problem(line, what + "“" + text + "”超出范围（至多 12 位整数、8 位小数）");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(line, what + "“" + text + "”不是数字");
            return null;
        }
    }

    private void problem(Line line, String message) {
        problems.add(line.file() + " 第 " + line.number() + " 行：" + message);
    }
}
