package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The optional {@code ledger_columns:} section of a format-2 method: the 项目台账's extra columns, each checked. */
final class LedgerColumnsReader {

    static final String KEY = "ledger_columns";
    static final List<String> KEYS =
            List.of("name", "type", "unit", "required", "min", "max", "pattern", "choices", "max_length");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    private final CheckedYaml y;

    LedgerColumnsReader(CheckedYaml y) {
        this.y = y;
    }

    ExtraColumns read(CheckedYaml.Section top, int format) {
        if (!top.has(KEY)) {
            return ExtraColumns.NONE;
        }
        if (format != 2) {
            top.take(KEY);
            y.problem(top, KEY, "台账附加列须用 format: 2 的办法文件");
            return ExtraColumns.NONE;
        }
        CheckedYaml.Section s = y.section(top, KEY);
        if (s == null) {
            return ExtraColumns.NONE;
        }
        List<LedgerColumn> columns = new ArrayList<>();
        Set<String> headers = new HashSet<>();
        for (String code : s.keys()) {
            if (!CODE.matcher(code).matches()) {
                y.problem(s.keyLine(code), s.path(code), "列代码须为大写字母开头的大写字母、数字或下划线，至多 20 个字符，如 STORED_AMOUNT");
            }
            CheckedYaml.Section entry = y.section(s, code);
            LedgerColumn column = entry == null ? null : column(code, entry);
            if (column != null && !headers.add(column.name())) {
                y.problem(entry, "name", "与另一附加列同名“" + column.name() + "”，表头须各不相同");
            } else if (column != null) {
                columns.add(column);
            }
        }
        return new ExtraColumns(columns);
    }

    private LedgerColumn column(String code, CheckedYaml.Section e) {
        String name = y.text(e, "name");
        if (name != null && (name.length() > 30 || name.contains("(") || name.contains("（"))) {
            y.problem(e, "name", "表头名称应为 1–30 个字、不含括号（单位写在 unit），现为“" + name + "”");
            name = null;
        }
        String typeKey = y.text(e, "type");
        LedgerColumn.Type type = Arrays.stream(LedgerColumn.Type.values())
                .filter(t -> t.key.equals(typeKey))
                .findFirst()
                .orElse(null);
        if (type == null && typeKey != null) {
            y.problem(e, "type", "未知的列类型“" + typeKey + "”；可选 " + describeTypes());
        }
        String unit = e.has("unit") ? y.text(e, "unit") : null;
        if (type == LedgerColumn.Type.AMOUNT && !"亿元".equals(unit) && !"万元".equals(unit)) {
            if (unit == null && !e.has("unit")) {
                y.problem(e.line(), e.path("unit"), "金额列须写明单位：亿元 或 万元");
            } else {
                y.problem(e, "unit", "金额列的单位应为 亿元 或 万元，现为“" + unit + "”");
            }
        } else if (unit != null
                && type != null
                && type != LedgerColumn.Type.NUMBER
                && type != LedgerColumn.Type.AMOUNT) {
            y.problem(e, "unit", "只有 amount 和 number 列有单位");
            unit = null;
        } else if (unit != null && unit.length() > 10) {
            y.problem(e, "unit", "单位过长（至多 10 个字）");
        }
        boolean required = e.has("required") && Boolean.TRUE.equals(y.bool(e, "required"));
        boolean numeric = type != null && type.numeric();
        BigDecimal min = e.has("min") ? limit(e, "min", numeric) : null;
        BigDecimal max = e.has("max") ? limit(e, "max", numeric) : null;
        if (min != null && max != null && max.compareTo(min) < 0) {
            y.problem(e, "max", "上限（" + max.toPlainString() + "）须不小于下限（" + min.toPlainString() + "）");
        }
        Pattern pattern = null;
        if (e.has("pattern")) {
            String p = y.text(e, "pattern");
            if (type != LedgerColumn.Type.TEXT) {
                y.problem(e, "pattern", "只有 text 列可写 pattern（统一社会信用代码请用 type: credit_code）");
            } else if (p != null) {
                try {
                    pattern = Pattern.compile(p);
                } catch (PatternSyntaxException ex) {
                    y.problem(e, "pattern", "不是有效的正则表达式：" + ex.getDescription());
                }
            }
        }
        Integer maxLength = null;
        if (e.has("max_length")) {
            maxLength = y.integer(e, "max_length", 1, 500);
            if (type != LedgerColumn.Type.TEXT) {
                y.problem(e, "max_length", "只有 text 列可写 max_length");
            }
        }
        List<String> choices = null;
        if (type == LedgerColumn.Type.CHOICE) {
            choices = choices(e);
        } else if (e.has("choices")) {
            e.take("choices");
            y.problem(e, "choices", "只有 choice 列可写 choices");
        }
        y.close(e, KEYS.toArray(String[]::new));
        if (name == null || type == null || (type == LedgerColumn.Type.CHOICE && choices == null)) {
            return null;
        }
        if (type == LedgerColumn.Type.TEXT && maxLength == null) {
            maxLength = 200;
        }
        return new LedgerColumn(code, name, type, unit, required, min, max, pattern, choices, maxLength);
    }

    private BigDecimal limit(CheckedYaml.Section e, String key, boolean numeric) {
        BigDecimal v = y.number(e, key);
        if (!numeric) {
            y.problem(e, key, "只有 amount、number 和 count 列可写 " + key);
            return null;
        }
        return v;
    }

    private List<String> choices(CheckedYaml.Section e) {
        if (!e.has("choices")) {
            y.problem(e.line(), e.path("choices"), "choice 列须用 choices 列出可选值，如 [新建, 扩建]");
            return null;
        }
        Node node = e.take("choices");
        List<String> values = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                String v = item instanceof ScalarNode sc ? sc.getValue().strip() : "";
                if (v.isEmpty() || v.length() > 50 || v.contains(",")) {
                    y.problem(CheckedYaml.line(item), e.path("choices"), "每个可选值应为 1–50 个字、不含逗号");
                } else if (values.contains(v)) {
                    y.problem(CheckedYaml.line(item), e.path("choices"), "可选值“" + v + "”重复");
                } else {
                    values.add(v);
                }
            }
        } else {
            y.problem(e, "choices", "应为 [值1, 值2] 形式的列表");
            return null;
        }
        if (values.isEmpty()) {
            y.problem(e, "choices", "列表为空");
            return null;
        }
        return values;
    }

    static String describeTypes() {
        return String.join(
                "、",
                Arrays.stream(LedgerColumn.Type.values())
                        .map(t -> t.key + "（" + t.label + "）")
                        .toList());
    }
}
