package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.zsyz.scorecard.indicator.Indicator;

/**
 * SPEC sections 3 and 4 for one unit: 完成率, 序时目标, 序时差, 同比, the cohort rates, each indicator's
 * weight and score, bonuses and deductions. Scores that depend on the whole group (功效系数法) and the
 * totals are finished by {@link #finishGroup}.
 */
public final class UnitAssessor {

    private final AssessmentRules rules;
    private final Schedule schedule;
    private final YearMonth period;

    public UnitAssessor(AssessmentRules rules, Schedule schedule, YearMonth period) {
        this.rules = rules;
        this.schedule = schedule;
        this.period = period;
    }

    public UnitOutcome assess(UnitInput in) {
        UnitOutcome out = new UnitOutcome(in);
        BigDecimal p = schedule.progress(period.getMonthValue());
        for (AssessmentRules.IndicatorRule rule : rules.indicators().values()) {
            Indicator indicator = rule.indicator();
            out.indicators.put(indicator, indicator.hasTarget() ? withTarget(in, indicator, p) : rate(in, rule));
        }
        weigh(out);
        for (IndicatorOutcome io : out.indicators.values()) {
            if (io.isScored() && rules.rule(io.indicator).method() != ScoringMethod.EFFICACY) {
                score(io, share(io), null);
            }
        }
        adjust(out);
        warn(out);
        return out;
    }

    private IndicatorOutcome withTarget(UnitInput in, Indicator indicator, BigDecimal p) {
        BigDecimal ytd = in.figures().ytd(indicator);
        BigDecimal target = in.targets().get(indicator);
        if (target != null && target.signum() <= 0) {
            target = null; // a zero target is no target: nothing to measure against
        }
        BigDecimal scheduleTarget = target == null ? null : target.multiply(p, Decimals.MC);
        BigDecimal completion = target == null || ytd == null ? null : Decimals.ratio(ytd, target);
        BigDecimal gap = completion == null ? null : completion.subtract(p).multiply(Decimals.HUNDRED);
        BigDecimal lastYear = in.lastYearYtd().get(indicator);
        BigDecimal yoy = ytd == null || lastYear == null || lastYear.signum() == 0 ? null
                : Decimals.ratio(ytd.subtract(lastYear), lastYear);
        BigDecimal basis = ytd == null ? null : Decimals.ratio(ytd, scheduleTarget);
        return new IndicatorOutcome(indicator, ytd, null, null, target, p, scheduleTarget, completion, gap, lastYear,
                yoy, ScheduleBand.of(gap, rules.lightGreenFloor(), rules.yellowFloor()), basis);
    }

    private IndicatorOutcome rate(UnitInput in, AssessmentRules.IndicatorRule rule) {
        LedgerFigures.RateFigure r = in.figures().rate(rule.indicator());
        BigDecimal basis = Decimals.ratio(r.rate(), rule.benchmark());
        return new IndicatorOutcome(rule.indicator(), r.rate(), r.numerator(), r.denominator(), null, null, null,
                r.rate(), null, null, null, null, basis);
    }

    /** Weights of indicators that cannot be scored (no target, empty cohort) are shared out pro rata. */
    private void weigh(UnitOutcome out) {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal scoreable = BigDecimal.ZERO;
        for (IndicatorOutcome io : out.indicators.values()) {
            BigDecimal w = rules.rule(io.indicator).weight();
            all = all.add(w);
            if (w.signum() > 0 && io.basis != null) {
                scoreable = scoreable.add(w);
            }
        }
        for (IndicatorOutcome io : out.indicators.values()) {
            BigDecimal w = rules.rule(io.indicator).weight();
            if (w.signum() > 0 && io.basis != null) {
                io.weight = scoreable.compareTo(all) == 0 ? w : w.multiply(all).divide(scoreable, Decimals.MC);
            }
        }
    }

    private BigDecimal share(IndicatorOutcome io) {
        AssessmentRules.IndicatorRule rule = rules.rule(io.indicator);
        return switch (rule.method()) {
            case RATIO -> Decimals.min(io.basis, rules.ratioCap());
            case RATE -> Decimals.min(io.basis, BigDecimal.ONE);
            case TIERED -> rules.tiers().stream().filter(t -> io.basis.compareTo(t.from()) >= 0)
                    .map(AssessmentRules.Tier::share).findFirst().orElse(BigDecimal.ZERO);
            case EFFICACY -> throw new IllegalStateException("功效系数法 is scored over the group");
        };
    }

    private void score(IndicatorOutcome io, BigDecimal share, String efficacyText) {
        io.score = io.weight.multiply(share, Decimals.MC);
        AssessmentRules.IndicatorRule rule = rules.rule(io.indicator);
        String weight = Decimals.plain4(io.weight);
        if (io.weight.compareTo(rule.weight()) != 0) {
            weight += "（原权重" + Decimals.plain(rule.weight()) + "，缺项权重按比例分摊）";
        }
        String basis = io.indicator.hasTarget()
                ? "累计" + Decimals.plain4(io.ytd) + " ÷ 序时目标" + Decimals.plain4(io.scheduleTarget)
                : io.indicator.shortName() + Decimals.plain4(io.completion) + " ÷ 基准" + Decimals.plain(rule.benchmark());
        String how = switch (rule.method()) {
            case RATIO -> "min(" + basis + ", " + Decimals.plain(rules.ratioCap()) + ")";
            case RATE -> "min(" + basis + ", 1)";
            case TIERED -> "档次系数" + Decimals.plain(share) + "（" + basis + " = " + Decimals.plain4(io.basis) + "）";
            case EFFICACY -> efficacyText;
        };
        io.formula = weight + " × " + how + " = " + Decimals.display2(io.score).toPlainString();
    }

    private void adjust(UnitOutcome out) {
        BigDecimal bonus = BigDecimal.ZERO;
        for (LedgerFigures.BonusItem item : out.input.figures().bonusItems()) {
            BigDecimal room = rules.bonus().cap().subtract(bonus);
            if (room.signum() <= 0) {
                out.adjustments.add(new UnitOutcome.Adjustment("BONUS", BigDecimal.ZERO, item.projectNo(),
                        item.reason() + "“" + item.projectName() + "”（加分已达上限" + Decimals.plain(rules.bonus().cap()) + "分）"));
                continue;
            }
            BigDecimal points = Decimals.min(item.points(), room);
            bonus = bonus.add(points);
            out.adjustments.add(new UnitOutcome.Adjustment("BONUS", points, item.projectNo(),
                    item.reason() + "“" + item.projectName() + "”" + (points.compareTo(item.points()) < 0
                            ? "（受加分上限" + Decimals.plain(rules.bonus().cap()) + "分限制）" : "")));
        }
        out.bonus = bonus;
        switch (out.input.reportStatus()) {
            case LATE -> {
                out.deduction = rules.lateDeduction();
                out.adjustments.add(new UnitOutcome.Adjustment("DEDUCTION", rules.lateDeduction().negate(), null,
                        "逾期报送（截止日为次月" + rules.deadlineDay() + "日）"));
            }
            case MISSING -> {
                out.deduction = rules.missingDeduction();
                out.adjustments.add(new UnitOutcome.Adjustment("DEDUCTION", rules.missingDeduction().negate(), null,
                        "本期未报送（按上月数据列示）"));
            }
            default -> out.deduction = BigDecimal.ZERO;
        }
    }

    private void warn(UnitOutcome out) {
        for (IndicatorOutcome io : out.indicators.values()) {
            if (io.band == ScheduleBand.RED) {
                out.warnings.add(new UnitOutcome.Warning("RED_INDICATOR", io.indicator, null,
                        io.indicator.fullName() + "完成率" + Decimals.displayPercent(io.completion).toPlainString()
                                + "%，低于序时进度" + Decimals.display2(io.gapPoints.negate()).toPlainString() + "个百分点"));
            }
        }
        for (LedgerFigures.ProjectWarning w : out.input.figures().warnings()) {
            out.warnings.add(new UnitOutcome.Warning(w.kind(), null, w.projectNo(), w.message()));
        }
    }

    /** Scores 功效系数法 indicators over the group, then totals and grades every unit of it. */
    public void finishGroup(List<UnitOutcome> group) {
        for (AssessmentRules.IndicatorRule rule : rules.indicators().values()) {
            if (rule.method() != ScoringMethod.EFFICACY) {
                continue;
            }
            List<IndicatorOutcome> scored = new ArrayList<>();
            for (UnitOutcome u : group) {
                IndicatorOutcome io = u.indicators.get(rule.indicator());
                if (io.isScored()) {
                    scored.add(io);
                }
            }
            if (scored.isEmpty()) {
                continue;
            }
            BigDecimal best = scored.stream().map(IndicatorOutcome::basis).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal worst = scored.stream().map(IndicatorOutcome::basis).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal floor = rules.efficacyFloor();
            for (IndicatorOutcome io : scored) {
                BigDecimal share = best.compareTo(worst) == 0 ? BigDecimal.ONE
                        : floor.add(BigDecimal.ONE.subtract(floor).multiply(
                                io.basis.subtract(worst).divide(best.subtract(worst), Decimals.MC)));
                score(io, share, "[" + Decimals.plain(floor) + " + " + Decimals.plain(BigDecimal.ONE.subtract(floor))
                        + " × (" + Decimals.plain4(io.basis) + " − 组内最低" + Decimals.plain4(worst) + ") ÷ (组内最高"
                        + Decimals.plain4(best) + " − 组内最低" + Decimals.plain4(worst) + ")]");
            }
        }
        for (UnitOutcome u : group) {
            BigDecimal base = BigDecimal.ZERO;
            for (IndicatorOutcome io : u.indicators.values()) {
                if (io.score != null) {
                    base = base.add(io.score);
                }
            }
            u.baseScore = base;
            u.total = Decimals.display2(base.add(u.bonus).subtract(u.deduction));
            u.grade = rules.grades().of(u.total);
        }
    }
}
