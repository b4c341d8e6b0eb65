package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * The format-2 part of an indicator entry: name, unit and how the figure is obtained (sum, count, reported item or
 * ratio), its cap, gate and rank points. References between indicators are resolved once every code is known
 * ({@link #resolve}), where a ratio that refers to itself, directly or through others, is refused.
 */
final class DefinitionReader {

    static final List<String> KEYS = List.of(
            "name",
            "short_name",
            "unit",
            "sum",
            "count",
            "where",
            "reported",
            "ratio",
            "target",
            "cap_percent",
            "only_if",
            "rank_points");
    static final List<String> UNITS = List.of("亿元", "万元", "万美元", "个", "批次", "%");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,11}");

    private final CheckedYaml y;
    private final ConditionReader conditions;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    /** An entry read, its references to other codes not yet resolved. */
    private record Pending(
            CheckedYaml.Section entry,
            Indicator indicator,
            IndicatorSource source,
            String[] ratio,
            BigDecimal cap,
            String gateCode,
            BigDecimal gateAtLeast,
            List<BigDecimal> rankPoints) {}

    private final ExtraColumns columns;

    DefinitionReader(CheckedYaml y, ExtraColumns columns) {
        this.y = y;
        this.columns = columns;
        this.conditions = new ConditionReader(y, columns);
    }

    /** The indicator an entry defines; {@code null} when it cannot be made out (problems recorded). */
    Indicator read(CheckedYaml.Section s, String code, CheckedYaml.Section entry, int position) {
        if (!CODE.matcher(code).matches()) {
            y.problem(s.keyLine(code), s.path(code), "指标代码须为大写字母开头的大写字母、数字或下划线，至多 12 个字符，如 FUNDS_OUT");
        }
        String name = y.text(entry, "name");
        String shortName = entry.has("short_name") ? y.text(entry, "short_name") : name;
        String unit = y.text(entry, "unit");
        if (unit != null && !UNITS.contains(unit)) {
            y.problem(entry, "unit", "未知的计量单位“" + unit + "”；可选 " + String.join("、", UNITS));
            unit = null;
        }
        List<String> given = Arrays.asList("sum", "count", "reported", "ratio").stream()
                .filter(entry::has)
                .toList();
        if (given.size() != 1) {
            y.problem(
                    entry.line(),
                    entry.path,
                    given.isEmpty()
                            ? "须写明取数方式：sum（台账金额合计）、count（台账项目个数）、reported（工作指标填报项）或 ratio（两项指标之比）之一"
                            : "取数方式只能有一种，现有 " + String.join("、", given));
        }
        IndicatorSource source = null;
        String[] ratio = null;
        String how = given.isEmpty() ? null : given.get(0);
        if ("sum".equals(how)) {
            String field = y.text(entry, "sum");
            IndicatorSource.LedgerField f = Arrays.stream(IndicatorSource.LedgerField.values())
                    .filter(v -> v.key.equals(field))
                    .findFirst()
                    .orElse(null);
            LedgerColumn extra =
                    f == null && field != null ? columns.ofCode(field).orElse(null) : null;
            if (extra != null && !extra.type().numeric()) {
                y.problem(
                        entry,
                        "sum",
                        "附加列“" + extra.header() + "”是" + extra.type().label + "列，不能合计；只能合计 amount、number 或 count 列");
                extra = null;
            } else if (extra != null
                    && extra.type() == LedgerColumn.Type.AMOUNT
                    && unit != null
                    && !unit.equals(extra.unit())) {
                y.problem(entry, "unit", "合计附加列“" + extra.header() + "”，单位应为 " + extra.unit() + "，现为“" + unit + "”");
            } else if (f == null && extra == null && field != null) {
                y.problem(
                        entry,
                        "sum",
                        "台账没有“" + field + "”这一列；可合计 " + describeFields() + "，或本办法声明的附加列：" + columns.describe());
            }
            ProjectCondition where = conditions.read(entry, "where");
            source = f != null
                    ? new IndicatorSource.LedgerSum(f, where)
                    : extra != null ? new IndicatorSource.LedgerSum(null, where, extra.code()) : null;
        } else if ("count".equals(how)) {
            String what = y.text(entry, "count");
            if (what != null && !what.equals("projects")) {
                y.problem(entry, "count", "应为 projects（符合 where 条件的项目个数），现为“" + what + "”");
            }
            source = new IndicatorSource.LedgerCount(conditions.read(entry, "where"));
        } else if ("reported".equals(how)) {
            String item = y.text(entry, "reported");
            IndicatorSource.ReportedItem r = Arrays.stream(IndicatorSource.ReportedItem.values())
                    .filter(v -> v.key.equals(item))
                    .findFirst()
                    .orElse(null);
            if (r == null && item != null) {
                y.problem(entry, "reported", "工作指标没有“" + item + "”这一项；可选 " + describeItems());
            }
            source = r == null ? null : new IndicatorSource.Reported(r);
        } else if ("ratio".equals(how)) {
            ratio = codePair(entry);
            if (unit != null && !unit.equals("%")) {
                y.problem(entry, "unit", "两项指标之比的单位应为 %，现为“" + unit + "”");
            }
        }
        if (!"sum".equals(how) && !"count".equals(how) && entry.has("where")) {
            entry.take("where");
            y.problem(entry, "where", "只有 sum 和 count 按台账项目条件取数，" + (how == null ? "" : how + " ") + "不用 where");
        }
        boolean target = entry.has("target") && Boolean.TRUE.equals(y.bool(entry, "target"));
        if (target && ratio != null) {
            y.problem(entry, "target", "两项指标之比没有年度目标，按 benchmark_percent 计分");
        }
        BigDecimal cap = null;
        if (entry.has("cap_percent")) {
            Node n = entry.take("cap_percent");
            String v = n instanceof ScalarNode sc ? sc.getValue().strip() : "";
            if (v.equals("none") || v.equals("不封顶")) {
                cap = MethodDefinitions.NO_CAP;
            } else {
                try {
                    cap = new BigDecimal(v).movePointLeft(2);
                    if (cap.compareTo(BigDecimal.ONE) < 0) {
                        y.problem(entry, "cap_percent", "封顶不能低于 100，现为 " + v);
                    }
                } catch (NumberFormatException e) {
                    y.problem(entry, "cap_percent", "应为百分数（如 120）或 none（不封顶），现为“" + v + "”");
                }
            }
        }
        String gateCode = null;
        BigDecimal gateAtLeast = null;
        if (entry.has("only_if")) {
            CheckedYaml.Section g = y.section(entry, "only_if");
            gateCode = y.text(g, "indicator");
            gateAtLeast = y.percent(g, "at_least_percent");
            y.close(g, "indicator", "at_least_percent");
        }
        List<BigDecimal> rankPoints = entry.has("rank_points") ? numbers(entry, "rank_points") : null;
        if (name == null || unit == null) {
            return null;
        }
        Indicator.Kind kind = unit.equals("%")
                ? Indicator.Kind.RATE
                : unit.equals("个") || unit.equals("批次") ? Indicator.Kind.COUNT : Indicator.Kind.MONEY;
        Indicator indicator = new Indicator(code, position, name, shortName, unit, kind, target);
        pending.put(code, new Pending(entry, indicator, source, ratio, cap, gateCode, gateAtLeast, rankPoints));
        return indicator;
    }

    /** Every definition with its references resolved; unknown codes and ratio cycles are problems. */
    Map<Indicator, MethodDefinitions.Definition> resolve() {
        Map<Indicator, MethodDefinitions.Definition> out = new LinkedHashMap<>();
        for (Map.Entry<String, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            IndicatorSource source = p.source;
            if (p.ratio != null) {
                Indicator n = reference(p.entry, "ratio", p.ratio[0]);
                Indicator d = reference(p.entry, "ratio", p.ratio[1]);
                source = n == null || d == null ? null : new IndicatorSource.Ratio(n, d);
                List<String> cycle = cycle(e.getKey(), new ArrayList<>());
                if (cycle != null) {
                    y.problem(p.entry, "ratio", "指标之比不能引用自身：" + String.join(" → ", cycle));
                    source = null;
                }
            }
            MethodDefinitions.Gate gate = null;
            if (p.gateCode != null) {
                Indicator g = reference(p.entry, "only_if.indicator", p.gateCode);
                gate = g == null || p.gateAtLeast == null ? null : new MethodDefinitions.Gate(g, p.gateAtLeast);
            }
            if (source != null) {
                out.put(p.indicator, new MethodDefinitions.Definition(p.indicator, source, p.cap, gate, p.rankPoints));
            }
        }
        return out;
    }

    /** The chain back to {@code start} through ratios, or {@code null} when there is none. */
    private List<String> cycle(String code, List<String> path) {
        Pending p = pending.get(code);
        if (p == null || p.ratio == null) {
            return null;
        }
        path.add(code);
        for (String next : p.ratio) {
            if (next.equals(path.get(0))) {
                List<String> found = new ArrayList<>(path);
                found.add(next);
                return found;
            }
            if (!path.contains(next)) {
                List<String> found = cycle(next, path);
                if (found != null) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        return null;
    }

    private Indicator reference(CheckedYaml.Section entry, String key, String code) {
        Pending p = pending.get(code);
        if (p == null) {
            y.problem(
                    entry.keyLine(key.contains(".") ? "only_if" : key),
                    entry.path(key),
                    "没有代码为“" + code + "”的指标；本办法的指标为 " + String.join("、", pending.keySet()));
            return null;
        }
        return p.indicator;
    }

    private String[] codePair(CheckedYaml.Section entry) {
        Node node = entry.take("ratio");
        if (node instanceof SequenceNode seq
                && seq.getValue().size() == 2
                && seq.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
            return seq.getValue().stream()
                    .map(n -> ((ScalarNode) n).getValue().strip())
                    .toArray(String[]::new);
        }
        y.problem(entry, "ratio", "应为 [分子指标代码, 分母指标代码]，如 [FUNDS, CONTRACTS]");
        return null;
    }

    private List<BigDecimal> numbers(CheckedYaml.Section entry, String key) {
        Node node = entry.take(key);
        List<BigDecimal> out = new ArrayList<>();
        if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            for (Node n : seq.getValue()) {
                try {
                    BigDecimal v = new BigDecimal(((ScalarNode) n).getValue().strip());
                    if (v.signum() < 0) {
                        throw new NumberFormatException();
                    }
                    out.add(v);
                } catch (RuntimeException e) {
                    y.problem(CheckedYaml.line(n), entry.path(key), "应为不小于 0 的数字");
                    return null;
                }
            }
            return out;
        }
        y.problem(entry, key, "应为按名次排列的分值列表，如 [60, 57, 54, 51, 48]");
        return null;
    }

    private static String describeFields() {
        return String.join(
                "、",
                Arrays.stream(IndicatorSource.LedgerField.values())
                        .map(f -> f.key + "（" + f.label + "）")
                        .toList());
    }

    private static String describeItems() {
        return String.join(
                "、",
                Arrays.stream(IndicatorSource.ReportedItem.values())
                        .map(f -> f.key + "（" + f.label + "）")
                        .toList());
    }
}
