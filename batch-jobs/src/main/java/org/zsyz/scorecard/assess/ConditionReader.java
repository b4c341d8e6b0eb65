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

    ConditionReader(CheckedYaml y) {
        this.y = y;
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
        y.close(s, KEYS.toArray(String[]::new));
        return new ProjectCondition(
                sources, statuses, signed, started, from, below, industries, fortune500, fulfilled, monthsAgo);
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
