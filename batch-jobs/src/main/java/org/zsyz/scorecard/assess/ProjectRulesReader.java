package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * A format-2 method's rules over projects ({@code project_rules}: points per matching project, e.g. −0.1 per
 * 超时限未开工 project) and quotas ({@code quotas}: at least n matching projects, points off per missing one).
 * Both are optional.
 */
final class ProjectRulesReader {

    private final CheckedYaml y;
    private final ConditionReader conditions;

    private final ExtraColumns columns;

    ProjectRulesReader(CheckedYaml y, ExtraColumns columns) {
        this.y = y;
        this.columns = columns;
        this.conditions = new ConditionReader(y, columns);
    }

    MethodDefinitions read(CheckedYaml.Section top, Map<Indicator, MethodDefinitions.Definition> defined) {
        List<MethodDefinitions.ProjectRule> rules = new ArrayList<>();
        if (top.has("project_rules")) {
            List<CheckedYaml.Section> items = y.list(top, "project_rules");
            for (CheckedYaml.Section item : items == null ? List.<CheckedYaml.Section>of() : items) {
                String name = y.text(item, "name");
                ProjectCondition where = conditions.read(item, "where");
                BigDecimal points = y.number(item, "points");
                if (points != null && points.signum() == 0) {
                    y.problem(item, "points", "分值不能为 0（加分为正数，扣分为负数，如 -0.1）");
                }
                y.close(item, "name", "where", "points");
                if (name != null && points != null) {
                    rules.add(new MethodDefinitions.ProjectRule(name, where, points));
                }
            }
        }
        List<MethodDefinitions.QuotaRule> quotas = new ArrayList<>();
        if (top.has("quotas")) {
            List<CheckedYaml.Section> items = y.list(top, "quotas");
            for (CheckedYaml.Section item : items == null ? List.<CheckedYaml.Section>of() : items) {
                String name = y.text(item, "name");
                ProjectCondition where = conditions.read(item, "where");
                Integer atLeast = y.integer(item, "at_least", 1, 10000);
                BigDecimal each = y.nonNegative(item, "points_each_missing");
                y.close(item, "name", "where", "at_least", "points_each_missing");
                if (name != null && atLeast != null && each != null) {
                    quotas.add(new MethodDefinitions.QuotaRule(name, where, atLeast, each));
                }
            }
        }
        return new MethodDefinitions(defined, rules, quotas, columns);
    }
}
