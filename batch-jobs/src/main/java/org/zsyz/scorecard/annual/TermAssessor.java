package org.zsyz.scorecard.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.Decimals;
import org.zsyz.scorecard.assess.TermMethod;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.term.TermAdjustment;
import org.zsyz.scorecard.store.term.TermIndicatorResult;
import org.zsyz.scorecard.store.term.TermUnitResult;

/**
 * The term's rules (docs/annual.md), in plain Java: 平时 = the average of the months' totals; 年终 (季末) = the
 * term-end month's indicator scores, rescored where the bureau entered a 核定 figure, plus that month's 加分;
 * total = 平时 × weight + 年终 × (1 − weight) + 加减分; then grades, ranks, 连冠 and awards per group.
 */
public final class TermAssessor {

    private final Term term;
    private final TermMethod method;
    private final AssessmentRules rules;

    public TermAssessor(Term term, TermMethod method, AssessmentRules rules) {
        this.term = term;
        this.method = method;
        this.rules = rules;
    }

    /**
     * A unit's inputs.
     *
     * @param monthTotals the totals of the months that have results (the term-end month among them)
     * @param termEnd     the term-end month's score (its 加分 counts towards 年终)
     * @param indicators  the term-end month's indicator results
     * @param verified    the bureau's 核定 figures by indicator code
     * @param adjustments 年终加减分
     * @param previous    the unit's result of the term before, {@code null} if none
     */
    public record UnitInputs(
            List<BigDecimal> monthTotals,
            UnitScore termEnd,
            List<IndicatorResult> indicators,
            Map<String, BigDecimal> verified,
            List<TermAdjustment> adjustments,
            TermUnitResult previous) {}

    /** What is stored for the term. */
    public record Outcome(List<TermUnitResult> units, List<TermIndicatorResult> indicators) {}

    /** @param inputs by unit code, in the term-end month's order */
    public Outcome assess(Map<String, UnitInputs> inputs) {
        List<TermIndicatorResult> figures = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Map.Entry<String, UnitInputs> e : inputs.entrySet()) {
            drafts.put(e.getKey(), draft(e.getValue(), figures));
        }
        Map<String, List<Draft>> groups = new LinkedHashMap<>();
        drafts.values()
                .forEach(d -> groups.computeIfAbsent(d.in.termEnd().groupName(), g -> new ArrayList<>())
                        .add(d));
        groups.forEach(this::rank);
        List<TermUnitResult> units = drafts.values().stream().map(this::result).toList();
        return new Outcome(units, figures);
    }

    /** 二连冠, 三连冠 … for 2 and more; the empty string for 0 and 1. */
    public static String streakLabel(int streak) {
        return streak < 2 ? "" : chineseNumber(streak) + "连冠";
    }

    /** The indicator's code as indicator_result stores it. */
    static String codeOf(IndicatorResult r) {
        return r.indicator().name();
    }

    static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
        }
        return Integer.toString(n);
    }

    private static final class Draft {
        final UnitInputs in;
        BigDecimal average;
        BigDecimal termEndScore;
        BigDecimal adjustment;
        BigDecimal total;
        Grade grade;
        Integer rank;
        int groupSize;
        int streak;
        String award;
        String formula;

        Draft(UnitInputs in) {
            this.in = in;
        }
    }

    private Draft draft(UnitInputs in, List<TermIndicatorResult> figures) {
        Draft d = new Draft(in);
        BigDecimal sum = in.monthTotals().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        d.average = in.monthTotals().isEmpty()
                ? null
                : sum.divide(BigDecimal.valueOf(in.monthTotals().size()), Decimals.MC);
        BigDecimal scores = BigDecimal.ZERO;
        for (IndicatorResult r : in.indicators()) {
            TermIndicatorResult figure = termEndFigure(r, in.verified().get(codeOf(r)));
            figures.add(figure);
            if (figure.score() != null) {
                scores = scores.add(figure.score());
            }
        }
        d.termEndScore = scores.add(in.termEnd().bonus());
        d.adjustment = in.adjustments().stream().map(TermAdjustment::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weight = method.monthlyWeight();
        BigDecimal monthly = d.average == null ? BigDecimal.ZERO : d.average.multiply(weight, Decimals.MC);
        BigDecimal exact = monthly.add(d.termEndScore.multiply(BigDecimal.ONE.subtract(weight), Decimals.MC))
                .add(d.adjustment);
        d.total = exact.setScale(2, RoundingMode.HALF_UP);
        d.grade = rules.grades().of(d.total);
        d.formula = formula(d);
        return d;
    }

    /** The term-end figure of one indicator: the month's, or rescored from the 核定 figure. */
    private TermIndicatorResult termEndFigure(IndicatorResult r, BigDecimal verified) {
        String code = codeOf(r);
        if (verified == null || !method.verifiedFigures()) {
            return new TermIndicatorResult(
                    term.key(),
                    r.unitCode(),
                    code,
                    r.valueYtd(),
                    r.targetValue(),
                    r.completionRate(),
                    false,
                    r.weight(),
                    r.score());
        }
        BigDecimal completion = Decimals.ratio(verified, r.targetValue());
        BigDecimal score = r.score();
        if (r.weight() != null
                && r.scheduleTarget() != null
                && r.scheduleTarget().signum() > 0) {
            BigDecimal basis = verified.divide(r.scheduleTarget(), Decimals.MC);
            BigDecimal share = share(r.scoringMethod(), basis, r.scoreShare());
            score = r.weight().multiply(share, Decimals.MC);
        }
        return new TermIndicatorResult(
                term.key(), r.unitCode(), code, verified, r.targetValue(), completion, true, r.weight(), score);
    }

    /** As the monthly method scores a basis; 功效系数法 depends on the group, so its monthly share is kept. */
    private BigDecimal share(String scoringMethod, BigDecimal basis, BigDecimal monthShare) {
        return switch (scoringMethod == null ? "RATIO" : scoringMethod) {
            case "RATE" -> Decimals.min(basis, BigDecimal.ONE);
            case "TIERED" ->
                rules.tiers().stream()
                        .filter(t -> basis.compareTo(t.from()) >= 0)
                        .map(AssessmentRules.Tier::share)
                        .findFirst()
                        .orElse(BigDecimal.ZERO);
            case "EFFICACY" -> monthShare == null ? BigDecimal.ZERO : monthShare;
            default -> Decimals.min(basis, rules.ratioCap());
        };
    }

    /** Ranks the group's ranked units by total as shown (equal totals share a rank), then 连冠 and awards. */
    private void rank(String group, List<Draft> all) {
        List<Draft> ranked = all.stream()
                .filter(d -> d.in.termEnd().ranked())
                .sorted(Comparator.comparing((Draft d) -> d.total).reversed())
                .toList();
        for (int i = 0; i < ranked.size(); i++) {
            Draft d = ranked.get(i);
            d.rank = i > 0 && ranked.get(i - 1).total.compareTo(d.total) == 0 ? ranked.get(i - 1).rank : i + 1;
        }
        for (Draft d : all) {
            d.groupSize = ranked.size();
            TermUnitResult before = d.in.previous();
            if (d.rank != null && d.rank == 1) {
                boolean continues = before != null
                        && before.groupRank() != null
                        && before.groupRank() == 1
                        && before.groupName().equals(group);
                d.streak = continues ? before.firstStreak() + 1 : 1;
            }
            if (d.rank != null) {
                d.award = method.awards().stream()
                        .filter(a -> a.covers(group))
                        .filter(a -> a.top() == null || d.rank <= a.top())
                        .filter(a -> a.minGrade() == null
                                || d.grade.ordinal() <= a.minGrade().ordinal())
                        .map(TermMethod.Award::name)
                        .findFirst()
                        .orElse(null);
            }
        }
    }

    private String formula(Draft d) {
        String weight = Decimals.plain(method.monthlyWeight().movePointRight(2));
        String rest =
                Decimals.plain(BigDecimal.ONE.subtract(method.monthlyWeight()).movePointRight(2));
        StringBuilder s = new StringBuilder();
        if (method.monthlyWeight().signum() > 0) {
            s.append("平时成绩")
                    .append(d.average == null ? "—" : Decimals.plain(Decimals.display2(d.average)))
                    .append("（")
                    .append(d.in.monthTotals().size())
                    .append("个月平均）× ")
                    .append(weight)
                    .append("% + ");
        }
        s.append(term.endWord())
                .append("数据得分")
                .append(Decimals.plain(Decimals.display2(d.termEndScore)))
                .append(" × ")
                .append(rest)
                .append("%");
        for (TermAdjustment a : d.in.adjustments()) {
            s.append(a.points().signum() < 0 ? " − " : " + ")
                    .append(Decimals.plain(a.points().abs()))
                    .append("（")
                    .append(a.reason())
                    .append("）");
        }
        return s.append(" = ").append(d.total.toPlainString()).toString();
    }

    private TermUnitResult result(Draft d) {
        UnitScore u = d.in.termEnd();
        return new TermUnitResult(
                term.key(),
                u.unitCode(),
                u.unitName(),
                u.groupName(),
                u.ranked(),
                d.in.monthTotals().size(),
                d.average,
                d.termEndScore,
                d.adjustment,
                d.total,
                d.grade,
                d.rank,
                d.groupSize,
                d.streak,
                d.award,
                d.formula);
    }
}
