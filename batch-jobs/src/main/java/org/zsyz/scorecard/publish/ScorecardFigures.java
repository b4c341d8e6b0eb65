package org.zsyz.scorecard.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.Decimals;
import org.zsyz.scorecard.domain.AdjustmentKind;
import org.zsyz.scorecard.report.IndicatorLine;
import org.zsyz.scorecard.report.RateLine;
import org.zsyz.scorecard.report.ScorePart;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.ScoreAdjustment;
import org.zsyz.scorecard.store.indicator.Indicator;

/** The figures part of a unit's scorecard, for {@link ScorecardAssembler}. */
final class ScorecardFigures {

    private ScorecardFigures() {}

    /** A unit's indicator lines, rate lines and score parts (with its 加分 and 扣分). */
    record Figures(List<IndicatorLine> lines, List<RateLine> rates, List<ScorePart> parts) {}

    static Figures of(
            Map<Indicator, IndicatorResult> byIndicator, List<ScoreAdjustment> adjustments, AssessmentRules rules) {
        List<IndicatorLine> lines = new ArrayList<>();
        List<RateLine> rates = new ArrayList<>();
        List<ScorePart> parts = new ArrayList<>();
        for (Indicator i : rules.catalogue().all()) {
            IndicatorResult r = byIndicator.get(i);
            if (r == null) {
                continue;
            }
            if (i.hasTarget()) {
                lines.add(new IndicatorLine(
                        i.name(),
                        i.fullName(),
                        i.unitOfMeasure(),
                        r.targetValue(),
                        r.scheduleTarget(),
                        r.valueYtd(),
                        r.completionRate(),
                        r.scheduleGap(),
                        r.yoyRate(),
                        r.score(),
                        r.weight(),
                        r.indicatorRank(),
                        r.colourBand()));
            } else {
                // the rate at full precision (completion_rate); value_ytd holds it to 8 places
                rates.add(new RateLine(
                        i.name(),
                        i.fullName(),
                        r.numerator(),
                        r.denominator(),
                        r.completionRate() != null ? r.completionRate() : r.valueYtd(),
                        r.benchmark() != null ? r.benchmark() : rules.rule(i).benchmark(),
                        r.score(),
                        r.weight(),
                        r.indicatorRank()));
            }
            if (r.score() != null) {
                parts.add(new ScorePart(i.fullName(), Decimals.display2(r.score()), r.formula()));
            } else if (rules.rule(i).weight().signum() > 0) {
                parts.add(new ScorePart(
                        i.fullName(),
                        null,
                        r.formula() != null
                                ? r.formula()
                                : i.hasTarget() ? "未设目标，不计分，权重按比例分摊" : "本期无签约项目，不计分，权重按比例分摊"));
            }
        }
        parts.addAll(adjustments(adjustments, rules));
        return new Figures(lines, rates, parts);
    }

    /**
     * 加分 and 扣分 lines. A bonus that the cap cut to nothing is not a line of its own: such projects are
     * counted in one line, so a unit with many qualifying projects still gets a one-page scorecard.
     */
    private static List<ScorePart> adjustments(List<ScoreAdjustment> stored, AssessmentRules rules) {
        List<ScorePart> parts = new ArrayList<>();
        int overCap = 0;
        for (ScoreAdjustment a : stored) {
            boolean bonus = a.kind() == AdjustmentKind.BONUS;
            if (bonus && a.points().signum() == 0) {
                overCap++;
                continue;
            }
            String reason = a.reason().replaceFirst("^(加分|扣分)：", "");
            parts.add(new ScorePart(
                    a.kind().label(), a.points(), reason + (a.projectNo() == null ? "" : "（" + a.projectNo() + "）")));
        }
        if (overCap > 0) {
            parts.add(new ScorePart(
                    AdjustmentKind.BONUS.label(),
                    BigDecimal.ZERO,
                    "另有" + overCap + "个项目符合加分条件，加分已达上限"
                            + Decimals.plain(rules.bonus().cap()) + "分，不再计分"));
        }
        return parts;
    }
}
