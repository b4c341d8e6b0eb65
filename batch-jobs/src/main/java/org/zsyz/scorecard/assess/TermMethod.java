package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.List;
import org.zsyz.scorecard.domain.Grade;

/**
 * How a term (the year, or a quarter) is assessed from its months: the {@code annual:} or {@code quarterly:}
 * section of the year's method file (docs/annual.md).
 *
 * @param verifiedFigures        whether the bureau's 核定 figures replace a unit's term-end figures where entered
 * @param monthlyWeight          平时 weight as a ratio (0.4 = 40%): total = 平时 × this + 年终 × (1 − this) + 加减分
 * @param allowedMissingMonths   how many of the term's months may lack results (平时 averages the others)
 * @param objectionWorkingDays   the 公示 window: working days after publication in which units may object
 * @param awards                 in order of precedence: a unit gets the first award it qualifies for
 */
public record TermMethod(
        boolean verifiedFigures,
        BigDecimal monthlyWeight,
        int allowedMissingMonths,
        int objectionWorkingDays,
        List<Award> awards) {

    /** Every group of the year, as an award rule may name them. */
    public static final String ALL_GROUPS = "全部";

    public TermMethod {
        awards = List.copyOf(awards);
    }

    /**
     * An award as the bureau names it, per group: the top N ranked units (ties included), or those ranked at or
     * above a grade — or both, when both are given.
     *
     * @param groups   group names, or {@link #ALL_GROUPS}
     * @param top      {@code null} when not limited by place
     * @param minGrade {@code null} when not limited by grade
     */
    public record Award(String name, List<String> groups, Integer top, Grade minGrade) {
        public Award {
            groups = List.copyOf(groups);
        }

        public boolean covers(String group) {
            return groups.contains(ALL_GROUPS) || groups.contains(group);
        }

        public String describe() {
            String who = groups.contains(ALL_GROUPS) ? "各组" : String.join("、", groups);
            StringBuilder s = new StringBuilder(name).append("：").append(who);
            if (top != null) {
                s.append("前").append(top).append("名");
            }
            if (minGrade != null) {
                s.append(top != null ? "且" : "")
                        .append("等次")
                        .append(minGrade.label())
                        .append("及以上");
            }
            return s.toString();
        }
    }

    /** The year when the file says nothing: 平时 40%, no missing month, 5 working days, the best of each group. */
    public static TermMethod annualDefaults() {
        return new TermMethod(
                true,
                new BigDecimal("0.4"),
                0,
                5,
                List.of(
                        new Award("招商引资工作优秀单位", List.of(ALL_GROUPS), 1, null),
                        new Award("招商引资工作先进单位", List.of(ALL_GROUPS), null, Grade.EXCELLENT),
                        new Award("招商引资工作达标单位", List.of(ALL_GROUPS), null, Grade.PASS)));
    }

    /** A quarter when the file says nothing: the monthly method on the quarter's last month, a 季度红榜 per group. */
    public static TermMethod quarterlyDefaults() {
        return new TermMethod(true, BigDecimal.ZERO, 0, 3, List.of(new Award("季度红榜", List.of(ALL_GROUPS), 1, null)));
    }

    /** The method in one line, as the bulletin prints it. */
    public String summary(String termWord) {
        String weight = Decimals.plain(monthlyWeight.movePointRight(2));
        String rest = Decimals.plain(BigDecimal.ONE.subtract(monthlyWeight).movePointRight(2));
        return "总分 = 平时成绩（各月总分平均）× " + weight + "% + " + termWord + "数据得分 × " + rest + "% + 加减分；"
                + (verifiedFigures ? "有核定数的指标按核定数计；" : "按" + termWord + "累计数计；")
                + "奖项："
                + String.join("；", awards.stream().map(Award::describe).toList())
                + "。";
    }
}
