package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/** Reads a {@code where:} condition on ledger projects (docs/method.md, format 2), naming every wrong key or value. */
final class ConditionReader {

    static final List<String> KEYS = List.of(
            "investor_source",
            "status",
            "signed",
            "started",
            "contract_yi_from",
            "contract_yi_below",
            "industry",
            "fortune500",
            "fulfilled",
            "signed_months_ago_over");

    private final CheckedYaml y;
    private final ExtraColumns columns;

    ConditionReader(CheckedYaml y) {
        this(y, ExtraColumns.NONE);
    }

    /** @param columns the method's extra ledger columns, which a condition may name by their code */
    ConditionReader(CheckedYaml y, ExtraColumns columns) {
        this.y = y;
        this.columns = columns;
    }

    /** The condition under {@code key} of {@code parent}; absent = every project. */
    ProjectCondition read(CheckedYaml.Section parent, String key) {
        if (parent == null || !parent.has(key)) {
            return ProjectCondition.ANY;
        }
        CheckedYaml.Section s = y.section(parent, key);
        if (s == null) {
            return ProjectCondition.ANY;
        }
        Set<InvestorSource> sources = s.has("investor_source")
                ? labels(s, "investor_source", l -> InvestorSource.ofLabel(l).orElse(null), InvestorSource.labels())
                : null;
        List<String> statusLabels = java.util.Arrays.stream(ProjectStatus.values())
                .map(ProjectStatus::label)
                .toList();
        Set<ProjectStatus> statuses = s.has("status")
                ? labels(s, "status", l -> ProjectStatus.ofLabel(l).orElse(null), statusLabels)
                : null;
        ProjectCondition.Window signed = null;
        if (s.has("signed")) {
            String v = y.text(s, "signed");
            if ("this_year".equals(v) || "本年".equals(v)) {
                signed = ProjectCondition.Window.YEAR;
            } else if ("cohort".equals(v) || "考核期".equals(v)) {
                signed = ProjectCondition.Window.COHORT;
            } else if (v != null) {
                y.problem(s, "signed", "应为 this_year（本年签约）或 cohort（自 cohort_start 起签约），现为“" + v + "”");
            }
        }
        Boolean started = null;
        if (s.has("started")) {
            String v = y.text(s, "started");
            if ("this_year".equals(v) || "本年".equals(v)) {
                started = Boolean.TRUE;
            } else if (v != null) {
                y.problem(s, "started", "应为 this_year（本年开工），现为“" + v + "”");
            }
        }
        BigDecimal from = s.has("contract_yi_from") ? y.nonNegative(s, "contract_yi_from") : null;
        BigDecimal below = s.has("contract_yi_below") ? y.nonNegative(s, "contract_yi_below") : null;
        if (from != null && below != null && below.compareTo(from) <= 0) {
            y.problem(
                    s,
                    "contract_yi_below",
                    "上限（" + below.toPlainString() + " 亿元）须高于下限（" + from.toPlainString() + " 亿元）");
        }
        Set<String> industries = s.has("industry") ? labels(s, "industry", l -> l, null) : null;
        Boolean fortune500 = s.has("fortune500") ? y.bool(s, "fortune500") : null;
        Boolean fulfilled = s.has("fulfilled") ? y.bool(s, "fulfilled") : null;
        Integer monthsAgo = s.has("signed_months_ago_over") ? y.integer(s, "signed_months_ago_over", 1, 120) : null;
        List<ProjectCondition.ColumnTest> columnTests = columnTests(s);
        y.close(s, KEYS.toArray(String[]::new));
        return new ProjectCondition(
                sources,
                statuses,
                signed,
                started,
                from,
                below,
                industries,
                fortune500,
                fulfilled,
                monthsAgo,
                columnTests.isEmpty() ? null : columnTests);
    }

    /**
     * Conditions on the method's extra columns, by code: a yes/no column 是/否 (true/false), a choice or text column
     * one value or a list, a numeric column {from: a, below: b}. An upper-case key that is not a declared column is
     * named with the columns there are.
     */
    private List<ProjectCondition.ColumnTest> columnTests(CheckedYaml.Section s) {
        List<ProjectCondition.ColumnTest> tests = new ArrayList<>();
        for (String key : s.keys()) {
            if (KEYS.contains(key) || key.isEmpty() || !Character.isUpperCase(key.charAt(0))) {
                continue;
            }
            LedgerColumn c = columns.ofCode(key).orElse(null);
            if (c == null) {
                s.take(key);
                y.problem(s, key, "台账没有附加列“" + key + "”；本办法声明的附加列：" + columns.describe());
                continue;
            }
            switch (c.type()) {
                case YES_NO -> {
                    Boolean b = y.bool(s, key);
                    if (b != null) {
                        tests.add(new ProjectCondition.ColumnTest(key, Set.of(b ? "是" : "否"), null, null));
                    }
                }
                case CHOICE, TEXT, CREDIT_CODE -> {
                    List<String> known = c.choices();
                    Set<String> values = labels(s, key, l -> known == null || known.contains(l) ? l : null, known);
                    tests.add(new ProjectCondition.ColumnTest(key, Set.copyOf(values), null, null));
                }
                case AMOUNT, NUMBER, COUNT -> {
                    CheckedYaml.Section range = y.section(s, key);
                    if (range != null) {
                        BigDecimal lo = range.has("from") ? y.number(range, "from") : null;
                        BigDecimal hi = range.has("below") ? y.number(range, "below") : null;
                        y.close(range, "from", "below");
                        if (lo == null && hi == null) {
                            y.problem(s, key, "数值列的条件应写为 {from: 下限, below: 上限}（含下限不含上限）");
                        } else {
                            tests.add(new ProjectCondition.ColumnTest(key, null, lo, hi));
                        }
                    }
                }
                case DATE -> {
                    s.take(key);
                    y.problem(s, key, "日期列“" + c.name() + "”不能用作条件");
                }
            }
        }
        return tests;
    }

    /** A list of labels (or one label), each looked up; an unknown one is named with the known ones. */
    private <T> Set<T> labels(CheckedYaml.Section s, String key, Function<String, T> lookup, List<String> known) {
        Node node = s.take(key);
        List<String> values = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            values.add(scalar.getValue().strip());
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(scalar.getValue().strip());
                } else {
                    y.problem(CheckedYaml.line(item), s.path(key), "列表中的每一项应为单个值");
                }
            }
        } else {
            y.problem(s, key, "应为一个值或 [值1, 值2] 形式的列表");
        }
        Set<T> out = new LinkedHashSet<>();
        for (String v : values) {
            T t = lookup.apply(v);
            if (t == null) {
                y.problem(s, key, "没有“" + v + "”" + (known == null ? "" : "；可选 " + String.join("、", known)));
            } else {
                out.add(t);
            }
        }
        if (values.isEmpty()) {
            y.problem(s, key, "列表为空");
        }
        return out;
    }
}
