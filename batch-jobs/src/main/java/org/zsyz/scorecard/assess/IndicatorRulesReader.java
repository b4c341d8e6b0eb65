package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

/**
 * The {@code indicators:} section: in format 1 the weight, scoring method and benchmark of the built-in ten; in
 * format 2 the method's own indicators ({@link DefinitionReader}) with the same keys, then its project rules and
 * quotas. Weights must add up to 100 in both.
 */
final class IndicatorRulesReader {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final CheckedYaml y;
    private final int format;
    private final DefinitionReader definitions;
    private final ExtraColumns columns;
    private Map<Indicator, MethodDefinitions.Definition> defined = Map.of();

    /** @param columns the method's extra ledger columns, read before the indicators that may use them */
    IndicatorRulesReader(CheckedYaml y, int format, ExtraColumns columns) {
        this.y = y;
        this.format = format;
        this.columns = columns;
        this.definitions = new DefinitionReader(y, columns);
    }

    Map<Indicator, AssessmentRules.IndicatorRule> read(CheckedYaml.Section top) {
        CheckedYaml.Section s = y.section(top, "indicators");
        if (s == null) {
            return null;
        }
        Map<Indicator, AssessmentRules.IndicatorRule> rules = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        List<Indicator> indicators = new ArrayList<>();
        List<CheckedYaml.Section> entries = new ArrayList<>();
        if (format == 1) {
            for (Indicator indicator : IndicatorCatalogue.DEFAULT.all()) {
                indicators.add(indicator);
                entries.add(y.section(s, indicator.name()));
            }
        } else {
            if (s.keys().isEmpty()) {
                y.problem(s.line(), "indicators", "至少要定义一项指标");
            }
            for (String code : s.keys()) {
                CheckedYaml.Section entry = y.section(s, code);
                indicators.add(entry == null ? null : definitions.read(s, code, entry, indicators.size()));
                entries.add(entry);
            }
            defined = definitions.resolve();
        }
        for (int k = 0; k < indicators.size(); k++) {
            Indicator indicator = indicators.get(k);
            CheckedYaml.Section entry = entries.get(k);
            if (entry == null || indicator == null) {
                complete = false;
                if (entry != null) { // still check what can be checked, so every problem is named at once
                    y.number(entry, "weight");
                    method(entry);
                    entry.take("benchmark_percent");
                    entry.take("benchmark");
                    y.close(entry, known());
                }
                continue;
            }
            BigDecimal weight = y.number(entry, "weight");
            if (weight != null && (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0)) {
                y.problem(entry, "weight", "权重须在 0 到 100 之间，现为 " + plain(weight));
                weight = null;
            }
            ScoringMethod method = method(entry);
            BigDecimal benchmark = benchmark(entry, indicator, method);
            y.close(entry, known());
            if (weight == null || method == null || (!indicator.hasTarget() && benchmark == null)) {
                complete = false;
                continue;
            }
            sum = sum.add(weight);
            rules.put(indicator, new AssessmentRules.IndicatorRule(indicator, weight, method, benchmark));
        }
        if (format == 1) {
            for (String key : s.unusedKeys()) {
                y.problem(
                        s.keyLine(key),
                        s.path(key),
                        "没有这项指标；指标代码为 " + String.join("、", codes()) + "（" + describeCodes() + "）");
            }
        }
        s.markAllUsed();
        if (complete && sum.compareTo(HUNDRED) != 0) {
            y.problem(
                    s.line(),
                    "indicators",
                    "各项权重合计应为 100，现为 " + plain(sum) + "（"
                            + rules.values().stream()
                                    .filter(r -> r.weight().signum() > 0)
                                    .map(r -> r.indicator().name() + " " + plain(r.weight()))
                                    .collect(Collectors.joining(" + "))
                            + "）");
        }
        return rules;
    }

    /** The format-2 definitions, project rules and quotas; {@link MethodDefinitions#BUILT_IN} in format 1. */
    MethodDefinitions definitions(CheckedYaml.Section top) {
        if (format == 1) {
            for (String key : List.of("project_rules", "quotas")) {
                if (top.has(key)) {
                    top.take(key);
                    y.problem(top, key, "项目加减分规则和项目个数要求须用 format: 2 的办法文件");
                }
            }
            return MethodDefinitions.BUILT_IN;
        }
        return new ProjectRulesReader(y, columns).read(top, defined);
    }

    private String[] known() {
        List<String> keys = new ArrayList<>(List.of("weight", "method", "benchmark_percent"));
        if (format == 2) {
            keys.add("benchmark");
            keys.addAll(DefinitionReader.KEYS);
        }
        return keys.toArray(String[]::new);
    }

    private BigDecimal benchmark(CheckedYaml.Section entry, Indicator indicator, ScoringMethod method) {
        if (indicator.hasTarget()) {
            for (String key : List.of("benchmark_percent", "benchmark")) {
                if (entry.has(key)) {
                    entry.take(key);
                    y.problem(
                            entry,
                            key,
                            format == 1
                                    ? indicator.fullName() + "是总量指标，按序时目标计分，没有基准值；" + "基准值只用于合同履约率、项目开工率、资金到位率"
                                    : indicator.fullName() + "按年度目标计分，没有基准值；基准值只用于没有年度目标的指标");
                }
            }
            if (format == 2 && method == ScoringMethod.RATE) {
                y.problem(
                        entry, "method", indicator.fullName() + "有年度目标，应按 ratio、tiered、efficacy 或 rank 计分，rate 只用于比率");
            }
            return null;
        }
        if (format == 2 && entry.has("benchmark")) {
            BigDecimal b = y.number(entry, "benchmark");
            if (b != null && b.signum() <= 0) {
                y.problem(entry, "benchmark", "基准值须大于 0，现为 " + plain(b));
                return null;
            }
            return b;
        }
        if ((method == ScoringMethod.EFFICACY || method == ScoringMethod.RANK) && !entry.has("benchmark_percent")) {
            return BigDecimal.ONE; // 功效系数法 and 位次赋分 compare the figures themselves
        }
        BigDecimal benchmark = y.percent(entry, "benchmark_percent");
        if (benchmark != null && (benchmark.signum() <= 0 || benchmark.compareTo(BigDecimal.ONE) > 0)) {
            y.problem(entry, "benchmark_percent", "基准值须大于 0 且不超过 100，现为 " + pct(benchmark));
            return null;
        }
        return benchmark;
    }

    private ScoringMethod method(CheckedYaml.Section entry) {
        String value = y.text(entry, "method");
        if (value == null) {
            return null;
        }
        ScoringMethod method = switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ratio", "总量法" -> ScoringMethod.RATIO;
            case "rate", "比率法" -> ScoringMethod.RATE;
            case "tiered", "分档法" -> ScoringMethod.TIERED;
            case "efficacy", "功效系数法" -> ScoringMethod.EFFICACY;
            case "rank", "位次赋分" -> format == 2 ? ScoringMethod.RANK : null;
            default -> null;
        };
        if (method == null) {
            y.problem(
                    entry,
                    "method",
                    "未知的计分方法“" + value + "”；可选 ratio（总量法）、rate（比率法）、" + "tiered（分档法）、efficacy（功效系数法）"
                            + (format == 2 ? "、rank（位次赋分）" : "（rank 位次赋分须用 format: 2）"));
        }
        return method;
    }

    private static Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Indicator i : IndicatorCatalogue.DEFAULT.all()) {
            codes.add(i.name());
        }
        return codes;
    }

    private static String describeCodes() {
        return IndicatorCatalogue.DEFAULT.all().stream()
                .map(i -> i.name() + " " + i.fullName())
                .collect(Collectors.joining("，"));
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    private static String pct(BigDecimal ratio) {
        return Decimals.plain(ratio.movePointRight(2)) + "%";
    }
}
