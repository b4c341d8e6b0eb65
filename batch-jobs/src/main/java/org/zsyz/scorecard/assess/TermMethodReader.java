package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zsyz.scorecard.domain.Grade;

/**
 * Reads the {@code annual:} and {@code quarterly:} sections of a year's method file. Both are optional: without
 * one, {@link TermMethod#annualDefaults()} or {@link TermMethod#quarterlyDefaults()} apply. {@link MethodReader}
 * calls {@link #check} so {@code rules check} reports their problems with the rest.
 */
public final class TermMethodReader {

    public static final String ANNUAL = "annual";
    public static final String QUARTERLY = "quarterly";

    /** The two sections as read. */
    public record TermMethods(TermMethod annual, TermMethod quarterly) {}

    private final CheckedYaml y;

    private TermMethodReader(CheckedYaml y) {
        this.y = y;
    }

    /** The hook of {@link MethodReader}: reads both sections, adding any problem to the file's. */
    static TermMethods check(CheckedYaml y, CheckedYaml.Section top) {
        TermMethodReader reader = new TermMethodReader(y);
        return new TermMethods(
                reader.read(top, ANNUAL, TermMethod.annualDefaults()),
                reader.read(top, QUARTERLY, TermMethod.quarterlyDefaults()));
    }

    /**
     * The term methods of a method file's text.
     *
     * @throws RulesFileException listing every problem in the two sections
     */
    public static TermMethods parse(String text, String file) {
        CheckedYaml yaml = new CheckedYaml(file);
        CheckedYaml.Section top = yaml.root(text, 200_000);
        TermMethods methods = check(yaml, top);
        yaml.refuseIfAnyProblem();
        return methods;
    }

    private TermMethod read(CheckedYaml.Section top, String key, TermMethod defaults) {
        if (top == null || !top.has(key)) {
            return defaults;
        }
        CheckedYaml.Section s = y.section(top, key);
        if (s == null) {
            return defaults;
        }
        String figures = y.text(s, "figures");
        if (figures != null && !figures.equals("year-end") && !figures.equals("verified")) {
            y.problem(s, "figures", "应为 year-end（期末累计数）或 verified（有核定数的用核定数），现为“" + figures + "”");
        }
        BigDecimal weight = y.percent(s, "monthly_weight_percent");
        if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0)) {
            y.problem(
                    s, "monthly_weight_percent", "平时成绩权重须在 0 到 100 之间，现为 " + Decimals.plain(weight.movePointRight(2)));
        }
        Integer missing = y.integer(s, "allowed_missing_months", 0, ANNUAL.equals(key) ? 11 : 2);
        Integer days = y.integer(s, "objection_working_days", 0, 30);
        List<TermMethod.Award> awards = awards(s);
        y.close(s, "figures", "monthly_weight_percent", "allowed_missing_months", "objection_working_days", "awards");
        if (figures == null || weight == null || missing == null || days == null || awards == null) {
            return defaults;
        }
        return new TermMethod("verified".equals(figures), weight, missing, days, awards);
    }

    private List<TermMethod.Award> awards(CheckedYaml.Section s) {
        List<CheckedYaml.Section> items = y.list(s, "awards");
        if (items == null) {
            return null;
        }
        List<TermMethod.Award> awards = new ArrayList<>();
        for (CheckedYaml.Section item : items) {
            String name = y.text(item, "name");
            List<String> groups = null;
            if (!item.has("groups")) {
                y.problem(item, "groups", "奖项须写明评选的考核组别（组名用“、”分隔，或写“全部”）");
            } else {
                String text = y.text(item, "groups");
                if (text != null) {
                    groups = Arrays.stream(text.split("[、,，;；]"))
                            .map(String::strip)
                            .filter(g -> !g.isEmpty())
                            .toList();
                    if (groups.isEmpty()) {
                        y.problem(item, "groups", "奖项没有写任何考核组别");
                        groups = null;
                    }
                }
            }
            Integer top = item.has("top") ? y.integer(item, "top", 1, 1000) : null;
            Grade minGrade = null;
            if (item.has("min_grade")) {
                String grade = y.text(item, "min_grade");
                minGrade = Arrays.stream(Grade.values())
                        .filter(g -> g.label().equals(grade))
                        .findFirst()
                        .orElse(null);
                if (grade != null && minGrade == null) {
                    y.problem(item, "min_grade", "未知的等次“" + grade + "”；可选 优秀、良好、合格");
                }
            }
            if (!item.has("top") && !item.has("min_grade")) {
                y.problem(item, "top", "奖项须写 top（每组前几名）或 min_grade（达到的等次），或两者都写");
            }
            y.close(item, "name", "groups", "top", "min_grade");
            if (name != null && groups != null) {
                awards.add(new TermMethod.Award(name, groups, top, minGrade));
            }
        }
        return awards;
    }
}
