package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import org.zsyz.scorecard.domain.AdjustmentKind;

/**
 * A format-2 method's project rules (points per matching project) and quotas (points off per missing project),
 * added to the unit's 加分 and 扣分 with one adjustment line each, naming the project or the shortfall.
 */
final class MethodAdjustments {

    private MethodAdjustments() {}

    static void apply(AssessmentRules rules, UnitOutcome out) {
        DefinedFigures f = out.input.figures().defined();
        if (f == null) {
            return;
        }
        for (DefinedFigures.ProjectHit hit : f.projectHits()) {
            BigDecimal points = hit.rule().points();
            boolean bonus = points.signum() > 0;
            if (bonus) {
                out.bonus = out.bonus.add(points);
            } else {
                out.deduction = out.deduction.add(points.negate());
            }
            out.adjustments.add(new UnitOutcome.Adjustment(
                    bonus ? AdjustmentKind.BONUS : AdjustmentKind.DEDUCTION,
                    points,
                    hit.projectNo(),
                    (bonus ? "加分：" : "扣分：") + hit.rule().name() + "项目“" + hit.projectName() + "”（" + hit.projectNo()
                            + "），" + (bonus ? "加" : "扣") + Decimals.plain(points.abs()) + "分"));
        }
        for (int q = 0; q < rules.definitions().quotas().size(); q++) {
            MethodDefinitions.QuotaRule quota = rules.definitions().quotas().get(q);
            int count = f.quotaCount(q);
            int missing = quota.atLeast() - count;
            if (missing <= 0 || quota.pointsEach().signum() == 0) {
                continue;
            }
            BigDecimal points = quota.pointsEach().multiply(new BigDecimal(missing));
            out.deduction = out.deduction.add(points);
            out.adjustments.add(new UnitOutcome.Adjustment(
                    AdjustmentKind.DEDUCTION,
                    points.negate(),
                    null,
                    "扣分：" + quota.name() + "应不少于" + quota.atLeast() + "个，实有" + count + "个，少" + missing + "个，每个扣"
                            + Decimals.plain(quota.pointsEach()) + "分，扣" + Decimals.plain(points) + "分"));
        }
    }
}
