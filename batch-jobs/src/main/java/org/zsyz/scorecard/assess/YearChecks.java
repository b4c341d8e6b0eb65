package org.zsyz.scorecard.assess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.targets.AnnualTarget;
import org.zsyz.scorecard.store.unit.AssessedUnit;

/**
 * The method's checks against the year's imported targets workbook: every group it names must exist (a misspelt
 * name would silently fall back), and every indicator of its own with a target must have its column in the
 * workbook. All problems are named together.
 */
public final class YearChecks {

    private YearChecks() {}

    public static List<RulesFileException.Problem> problems(
            RulesFile method, List<AssessedUnit> units, List<AnnualTarget> targets) {
        List<RulesFileException.Problem> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        units.forEach(u -> known.add(u.groupName()));
        for (String group : method.rules().groupLists().keySet()) {
            if (!known.isEmpty() && !known.contains(group)) {
                problems.add(new RulesFileException.Problem(
                        method.source(),
                        0,
                        "red_black_lists.groups",
                        "组别“" + group + "”不在" + method.year() + "年的考核组别（" + String.join("、", known) + "）中，请按目标任务书改正"));
            }
        }
        // The built-in ten may all be left blank (no target set); a method's own target column must be there.
        if (!method.rules().definitions().builtIn() && !units.isEmpty()) {
            Set<String> present = new LinkedHashSet<>();
            targets.forEach(t -> present.add(t.indicator().code()));
            for (Indicator i : method.rules().catalogue().withTargets()) {
                if (!present.contains(i.code())) {
                    problems.add(new RulesFileException.Problem(
                            method.source(),
                            0,
                            "indicators." + i.code() + ".target",
                            "已导入的" + method.year() + "年目标任务书没有“" + i.targetHeader()
                                    + "”列（或该列全部空白）：请按本办法重新生成并导入目标任务书，或去掉该指标的 target"));
                }
            }
        }
        return problems;
    }

    /** @throws RulesFileException naming every problem, if there is any */
    static void refuseIfAny(RulesFile method, List<AssessedUnit> units, List<AnnualTarget> targets) {
        List<RulesFileException.Problem> problems = problems(method, units, targets);
        if (!problems.isEmpty()) {
            throw new RulesFileException(problems);
        }
    }
}
