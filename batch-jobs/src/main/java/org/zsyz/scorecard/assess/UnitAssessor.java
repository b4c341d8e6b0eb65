package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * docs/method.md, Figures and Scores, for one unit: 完成率, 序时目标, 序时差, 同比, the cohort rates, each indicator's
 * weight and score with its formula in words, bonuses and deductions. Scores that depend on the whole
 * group (功效系数法) and the totals are finished by {@link #finishGroup}.
 */
public final class UnitAssessor {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AssessmentRules rules;
    private final Schedule schedule;
    private final YearMonth period;
    private java.util.Map<Indicator, IndicatorOutcome> gateOutcomes = java.util.Map.of();

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
            out.indicators.put(
                    indicator,
                    indicator.hasTarget()
                            ? withTarget(in, rule, p, schedule.fraction(period.getMonthValue()))
                            : rate(in, rule));
        }
        weigh(out);
        gateOutcomes = out.indicators;
        for (IndicatorOutcome io : out.indicators.values()) {
            if (io.isScored() && !GroupScoring.isGroupMethod(io.rule.method())) {
                BigDecimal share = share(io);
                score(io, share, methodText(io, share));
            }
        }
        ReportAdjustments.apply(rules, period, out);
        MethodAdjustments.apply(rules, out);
        warn(out);
        return out;
    }

    /**
     * 完成率, 序时目标, 序时差, 同比 and the basis of the score, each as one division of exact figures
     * (p = num ÷ den), so that what is shown at 2 decimals is the exact value rounded once.
     */
    private IndicatorOutcome withTarget(
            UnitInput in, AssessmentRules.IndicatorRule rule, BigDecimal p, BigDecimal[] fraction) {
        Indicator indicator = rule.indicator();
        BigDecimal ytd = in.figures().ytd(indicator);
        BigDecimal target = in.targets().get(indicator);
        if (target != null && target.signum() <= 0) {
            target = null; // a zero target is no target: nothing to measure against
        }
        BigDecimal num = fraction[0];
        BigDecimal den = fraction[1];
        BigDecimal scheduleTarget = target == null ? null : Decimals.ratio(target.multiply(num), den);
        BigDecimal completion = target == null || ytd == null ? null : Decimals.ratio(ytd, target);
        // 序时差 = (YTD ÷ target − num ÷ den) × 100 = (YTD × den − target × num) × 100 ÷ (target × den)
        BigDecimal gap = completion == null
                ? null
                : Decimals.ratio(
                        ytd.multiply(den).subtract(target.multiply(num)).multiply(Decimals.HUNDRED),
                        target.multiply(den));
        BigDecimal lastYear = in.lastYearYtd().get(indicator);
        BigDecimal yoy = ytd == null || lastYear == null || lastYear.signum() == 0
                ? null
                : Decimals.ratio(ytd.subtract(lastYear), lastYear);
        BigDecimal basis = ytd == null || target == null || num.signum() == 0
                ? null
                : Decimals.ratio(ytd.multiply(den), target.multiply(num));
        // The colour follows the gap as people read it (2 decimals): −10.004 shows as −10.00 and is light green.
        ColourBand band = ColourBand.of(Decimals.display2(gap), rules.lightGreenFloor(), rules.yellowFloor());
        return new IndicatorOutcome(
                indicator,
                ytd,
                null,
                null,
                target,
                p,
                scheduleTarget,
                completion,
                gap,
                lastYear,
                yoy,
                band,
                basis,
                rule);
    }

    private IndicatorOutcome rate(UnitInput in, AssessmentRules.IndicatorRule rule) {
        LedgerFigures.RateFigure r = in.figures().rate(rule.indicator());
        BigDecimal basis = Decimals.ratio(r.rate(), rule.benchmark());
        return new IndicatorOutcome(
                rule.indicator(),
                r.rate(),
                r.numerator(),
                r.denominator(),
                null,
                null,
                null,
                r.rate(),
                null,
                null,
                null,
                null,
                basis,
                rule);
    }

    /**
     * Weights of indicators that cannot be scored (no target, empty cohort, blank figure) are shared out
     * over the unit's scored indicators in proportion to their weights, so every unit is scored out of the
     * same total.
     */
    private void weigh(UnitOutcome out) {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal scoreable = BigDecimal.ZERO;
        List<String> unscored = new ArrayList<>();
        for (IndicatorOutcome io : out.indicators.values()) {
            BigDecimal w = io.rule.weight();
            all = all.add(w);
            if (w.signum() > 0 && io.basis != null) {
                scoreable = scoreable.add(w);
            } else if (w.signum() > 0) {
                unscored.add(io.indicator.fullName() + Decimals.plain(w) + "分");
            }
        }
        for (IndicatorOutcome io : out.indicators.values()) {
            BigDecimal w = io.rule.weight();
            if (w.signum() > 0 && io.basis != null) {
                io.weight = scoreable.compareTo(all) == 0 ? w : w.multiply(all).divide(scoreable, Decimals.MC);
            }
            if (io.weight != null && io.weight.compareTo(w) != 0) {
                io.formula = "权重" + Decimals.plain4(io.weight) + "（原权重" + Decimals.plain(w) + "；"
                        + String.join("、", unscored) + "本期不计分，其权重按比例分摊：" + Decimals.plain(w) + " × "
                        + Decimals.plain(all) + " ÷ " + Decimals.plain(scoreable) + "）";
            } else if (io.weight == null) {
                io.formula = notScoredText(out.input, io);
            }
        }
    }

    private String notScoredText(UnitInput in, IndicatorOutcome io) {
        String name = io.indicator.fullName();
        if (io.rule.weight().signum() == 0) {
            return "权重为0，只列示、不计分";
        }
        String shared = "，不计分；其权重" + Decimals.plain(io.rule.weight()) + "分按比例分摊到本单位其他计分指标";
        if (io.indicator.hasTarget()) {
            if (io.target == null) {
                return name + "未设年度目标（或目标为0），显示“—”" + shared;
            }
            return "报表未填" + name + "，显示“—”" + shared;
        }
        if (io.denominator == null || io.denominator.signum() == 0) {
            return "自" + in.figures().cohortStart() + "至" + period.atEndOfMonth() + "无签约项目，" + name + "显示“—”" + shared;
        }
        return "签约项目合同投资额合计为0，" + name + "显示“—”" + shared;
    }

    /** The share of the weight a basis earns, for every method but 功效系数法. */
    private BigDecimal share(IndicatorOutcome io) {
        return switch (io.rule.method()) {
            case RATIO -> cap(io) == MethodDefinitions.NO_CAP ? io.basis : Decimals.min(io.basis, cap(io));
            case RATE -> Decimals.min(io.basis, BigDecimal.ONE);
            case TIERED ->
                gateClosed(io) != null
                        ? BigDecimal.ZERO
                        : rules.tiers().stream()
                                .filter(t -> io.basis.compareTo(t.from()) >= 0)
                                .map(AssessmentRules.Tier::share)
                                .findFirst()
                                .orElse(BigDecimal.ZERO);
            case EFFICACY, RANK -> null;
        };
    }

    private String methodText(IndicatorOutcome io, BigDecimal share) {
        return switch (io.rule.method()) {
            case RATIO ->
                cap(io) == MethodDefinitions.NO_CAP
                        ? pct(io.basis) + "（不封顶）"
                        : "min(" + pct(io.basis) + ", 封顶" + pct(cap(io)) + ")";
            case RATE -> "min(" + pct(io.basis) + ", 100%)";
            case TIERED ->
                gateClosed(io) != null
                        ? "分档系数0（" + gateClosed(io) + "）"
                        : rules.tiers().stream()
                                .filter(t -> io.basis.compareTo(t.from()) >= 0)
                                .findFirst()
                                .map(t -> "分档系数" + pct(share) + "（完成程度达到" + pct(t.from()) + "档）")
                                .orElse("分档系数0（完成程度低于最低档"
                                        + pct(rules.tiers()
                                                .get(rules.tiers().size() - 1)
                                                .from()) + "）");
            case EFFICACY, RANK -> throw new IllegalStateException("scored over the group");
        };
    }

    /** The most a RATIO indicator earns: its own cap_percent, or the method's ratio_cap_percent. */
    private BigDecimal cap(IndicatorOutcome io) {
        MethodDefinitions.Definition d = rules.definitions().of(io.indicator);
        return d == null || d.cap() == null ? rules.ratioCap() : d.cap();
    }

    /** Why a gated TIERED indicator scores nothing (its gate not reached), or {@code null} when it may score. */
    private String gateClosed(IndicatorOutcome io) {
        MethodDefinitions.Definition d = rules.definitions().of(io.indicator);
        if (d == null || d.gate() == null) {
            return null;
        }
        IndicatorOutcome gate = gateOutcomes.get(d.gate().indicator());
        BigDecimal value = gate == null ? null : gate.completion;
        if (value != null && value.compareTo(d.gate().atLeast()) >= 0) {
            return null;
        }
        return d.gate().indicator().fullName() + pct(value) + "，未达到"
                + pct(d.gate().atLeast()) + "，不按档次计分";
    }

    /** The score and its formula: how the basis was measured, then weight × share. */
    void score(IndicatorOutcome io, BigDecimal share, String how) {
        io.share = share;
        io.score = io.weight.multiply(share, Decimals.MC);
        String weightText = io.formula != null ? io.formula : "权重" + Decimals.plain4(io.weight);
        io.formula = basisText(io) + "；得分 = " + weightText + " × " + how + " = "
                + Decimals.display2(io.score).toPlainString();
    }

    private String basisText(IndicatorOutcome io) {
        if (io.indicator.hasTarget()) {
            return "完成程度 = 累计" + Decimals.plain4(io.ytd) + " ÷ 序时目标" + Decimals.plain4(io.scheduleTarget) + "（年度目标"
                    + Decimals.plain4(io.target) + " × 序时进度" + pct(io.progress) + "） = " + pct(io.basis);
        }
        String rate = io.indicator.fullName() + " = " + rateParts(io) + " = " + pct(io.completion);
        if (io.rule.method() == ScoringMethod.EFFICACY && io.rule.benchmark().compareTo(BigDecimal.ONE) == 0) {
            return rate;
        }
        return rate + "；完成程度 = " + pct(io.completion) + " ÷ 基准" + pct(io.rule.benchmark()) + " = " + pct(io.basis);
    }

    private static String rateParts(IndicatorOutcome io) {
        String n = Decimals.plain4(io.numerator);
        String d = Decimals.plain4(io.denominator);
        if (io.indicator.equals(Indicator.R_FULFIL)) {
            return "履约项目" + n + "个 ÷ 签约项目" + d + "个";
        } else if (io.indicator.equals(Indicator.R_START)) {
            return "已开工及已竣工项目" + n + "个 ÷ 签约项目" + d + "个";
        } else if (io.indicator.equals(Indicator.R_FUNDS)) {
            return "累计到位资金" + n + "亿元 ÷ 合同投资额" + d + "亿元";
        }
        return n + " ÷ " + d;
    }

    /** A ratio as a percentage with up to 4 decimals, for formulas: 1.1482323 → 114.8232%. */
    static String pct(BigDecimal ratio) {
        return ratio == null ? "—" : Decimals.plain4(ratio.multiply(Decimals.HUNDRED)) + "%";
    }

    private void warn(UnitOutcome out) {
        if (out.input.reportStatus() == ReportStatus.MISSING) {
            out.warnings.add(new UnitOutcome.Warning(
                    WarningKind.NOT_REPORTED, null, null, ReportAdjustments.carriedNote(out.input)));
        }
        for (IndicatorOutcome io : out.indicators.values()) {
            if (io.band == ColourBand.RED) {
                out.warnings.add(new UnitOutcome.Warning(
                        WarningKind.RED_INDICATOR,
                        io.indicator,
                        null,
                        io.indicator.fullName() + "完成率"
                                + Decimals.displayPercent(io.completion).toPlainString()
                                + "%，序时进度"
                                + Decimals.displayPercent(io.progress).toPlainString() + "%，落后"
                                + Decimals.display2(io.gapPoints.negate()).toPlainString() + "个百分点（红色）"));
            }
        }
        for (LedgerFigures.ProjectWarning w : out.input.figures().warnings()) {
            out.warnings.add(new UnitOutcome.Warning(w.kind(), null, w.projectNo(), w.message()));
        }
    }

    /**
     * Scores 功效系数法 indicators over the group, then totals and grades every unit of it. The group's best
     * and worst are taken over the units in the ranking (a unit kept out of the ranking does not move the
     * others' scores); such a unit is scored against them, held between the floor and the full weight.
     */
    public void finishGroup(List<UnitOutcome> group) {
        GroupScoring groupScoring = new GroupScoring(rules, this::score);
        for (AssessmentRules.IndicatorRule rule : rules.indicators().values()) {
            if (rule.method() == ScoringMethod.EFFICACY) {
                groupScoring.efficacy(group, rule);
            } else if (rule.method() == ScoringMethod.RANK) {
                groupScoring.rank(group, rule);
            }
        }
        for (UnitOutcome u : group) {
            BigDecimal base = BigDecimal.ZERO;
            List<String> parts = new ArrayList<>();
            for (IndicatorOutcome io : u.indicators.values()) {
                if (io.score != null) {
                    base = base.add(io.score);
                    parts.add(io.indicator.fullName()
                            + Decimals.display2(io.score).toPlainString());
                }
            }
            u.baseScore = base;
            u.total = Decimals.display2(base.add(u.bonus).subtract(u.deduction));
            u.grade = rules.grades().of(u.total);
            u.scoreFormula = "指标得分 " + (parts.isEmpty() ? "0" : String.join(" + ", parts)) + " = "
                    + Decimals.display2(base).toPlainString() + "；加分 "
                    + Decimals.display2(u.bonus).toPlainString()
                    + (u.bonus.compareTo(rules.bonus().cap()) == 0 && u.bonus.signum() > 0 ? "（已达上限）" : "")
                    + "；扣分 " + Decimals.display2(u.deduction).toPlainString() + "；总分 = "
                    + Decimals.display2(base).toPlainString() + " + "
                    + Decimals.display2(u.bonus).toPlainString()
                    + " − " + Decimals.display2(u.deduction).toPlainString() + " = " + u.total.toPlainString()
                    + "（按全精度相加后四舍五入到两位小数）；等次：" + u.grade.label();
        }
    }
}
