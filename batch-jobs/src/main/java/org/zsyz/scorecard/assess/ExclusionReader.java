package org.zsyz.scorecard.assess;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the optional {@code exclusions:} section of a year's method: projects that never count (不予认定 by the
 * method), each a name and a {@code where} condition of the same vocabulary as the indicators', e.g.
 * {@code - {name: 房地产项目不予认定, where: {industry: 房地产}}}. Absent = none (the default method has none).
 */
public final class ExclusionReader {

    static final String SECTION = "exclusions";
    private static final int MAX_CHARS = 200_000;

    /** A project matching {@code where} is left out of every figure of the unit. */
    public record Exclusion(String name, ProjectCondition where) {}

    private ExclusionReader() {}

    static List<Exclusion> read(CheckedYaml y, CheckedYaml.Section top) {
        List<Exclusion> out = new ArrayList<>();
        if (top == null || !top.has(SECTION)) {
            return out;
        }
        ConditionReader conditions = new ConditionReader(y);
        List<CheckedYaml.Section> items = y.list(top, SECTION);
        for (CheckedYaml.Section item : items == null ? List.<CheckedYaml.Section>of() : items) {
            String name = y.text(item, "name");
            if (!item.has("where")) {
                y.problem(item, "name", "缺少 where 条件（不加条件将排除全部项目）");
            }
            ProjectCondition where = conditions.read(item, "where");
            y.close(item, "name", "where");
            if (name != null && where != ProjectCondition.ANY) {
                out.add(new Exclusion(name, where));
            }
        }
        return out;
    }

    /** The exclusions of a method's text (already checked as a whole by {@link RulesYaml#parse}). */
    public static List<Exclusion> parse(String text, String file) {
        CheckedYaml y = new CheckedYaml(file);
        List<Exclusion> e = read(y, y.root(text, MAX_CHARS));
        y.refuseIfAnyProblem();
        return e;
    }
}
