package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring methods that need the whole group: 功效系数法 (the group's best gets the full weight, its worst the
 * floor, linear between) and 位次赋分 (points by rank, e.g. 60/57/54/51/48). The group's reference values are
 * those of the units in the ranking; a unit kept out of it is scored against them.
 */
final class GroupScoring {

    /** Gives an indicator its share of the weight and the formula of how. */
    interface Scorer {
        void score(IndicatorOutcome io, BigDecimal share, String how);
    }

    private final AssessmentRules rules;
    private final Scorer scorer;

    GroupScoring(AssessmentRules rules, Scorer scorer) {
        this.rules = rules;
        this.scorer = scorer;
    }

    static boolean isGroupMethod(ScoringMethod method) {
        return method == ScoringMethod.EFFICACY || method == ScoringMethod.RANK;
    }

    void efficacy(List<UnitOutcome> group, AssessmentRules.IndicatorRule rule) {
        List<IndicatorOutcome> scored = new ArrayList<>();
        List<IndicatorOutcome> reference = new ArrayList<>();
        for (UnitOutcome u : group) {
            IndicatorOutcome io = u.indicators.get(rule.indicator());
            if (io.isScored()) {
                scored.add(io);
                if (u.input.ranked()) {
                    reference.add(io);
                }
            }
        }
        if (reference.isEmpty()) {
            reference = scored;
        }
        if (scored.isEmpty()) {
            return;
        }
        BigDecimal best = reference.stream()
                .map(IndicatorOutcome::basis)
                .max(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal worst = reference.stream()
                .map(IndicatorOutcome::basis)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal floor = rules.efficacyFloor();
        for (IndicatorOutcome io : scored) {
            String how;
            BigDecimal share;
            if (best.compareTo(worst) == 0) {
                share = io.basis.compareTo(best) >= 0 ? BigDecimal.ONE : floor;
                how = "功效系数" + pct(share) + "（组内参与排名单位完成程度均为" + pct(best) + "）";
            } else {
                BigDecimal linear = floor.add(BigDecimal.ONE
                        .subtract(floor)
                        .multiply(io.basis.subtract(worst).divide(best.subtract(worst), Decimals.MC), Decimals.MC));
                share = Decimals.min(BigDecimal.ONE, linear.max(floor));
                how = "功效系数" + pct(share) + "（" + pct(floor) + " + " + pct(BigDecimal.ONE.subtract(floor)) + " × ("
                        + pct(io.basis) + " − 组内最低" + pct(worst) + ") ÷ (组内最高" + pct(best) + " − 组内最低" + pct(worst)
                        + ")" + (share.compareTo(linear) != 0 ? "，限于" + pct(floor) + "至100%" : "") + "）";
            }
            scorer.score(io, share, how);
        }
    }

    /**
     * 位次赋分: rank 1 + the number of reference units with a higher basis (ties share the better rank); the
     * points of that rank (the last entry beyond the list) as a share of the indicator's weight.
     */
    void rank(List<UnitOutcome> group, AssessmentRules.IndicatorRule rule) {
        List<BigDecimal> points = rules.definitions().of(rule.indicator()).rankPoints();
        List<IndicatorOutcome> scored = new ArrayList<>();
        List<BigDecimal> reference = new ArrayList<>();
        for (UnitOutcome u : group) {
            IndicatorOutcome io = u.indicators.get(rule.indicator());
            if (io.isScored()) {
                scored.add(io);
                if (u.input.ranked()) {
                    reference.add(io.basis);
                }
            }
        }
        if (reference.isEmpty()) {
            scored.forEach(io -> reference.add(io.basis));
        }
        for (IndicatorOutcome io : scored) {
            int rank = 1
                    + (int) reference.stream()
                            .filter(b -> b.compareTo(io.basis) > 0)
                            .count();
            BigDecimal p = points.get(Math.min(rank, points.size()) - 1);
            BigDecimal share = p.divide(rule.weight(), Decimals.MC);
            scorer.score(
                    io,
                    share,
                    "位次赋分：组内第" + rank + "名得" + Decimals.plain(p) + "分（" + Decimals.plain(p) + " ÷ 权重"
                            + Decimals.plain(rule.weight()) + " = " + UnitAssessor.pct(share) + "）");
        }
    }

    private static String pct(BigDecimal ratio) {
        return UnitAssessor.pct(ratio);
    }
}
