package org.zsyz.scorecard.assess;

import java.math.BigDecimal;

import org.zsyz.scorecard.indicator.Indicator;

/**
 * One indicator or rate of one unit, as the assessment works it out. Figures at full precision;
 * {@code null} means "—". Score, rank and formula are filled in as the group is scored and ranked.
 */
public final class IndicatorOutcome {

    final Indicator indicator;
    final BigDecimal ytd;
    final BigDecimal numerator;
    final BigDecimal denominator;
    final BigDecimal target;
    final BigDecimal progress;
    final BigDecimal scheduleTarget;
    final BigDecimal completion;
    final BigDecimal gapPoints;
    final BigDecimal lastYear;
    final BigDecimal yoy;
    final ScheduleBand band;
    /** The achievement the score is based on (YTD ÷ 序时目标, or rate ÷ benchmark); null = not scored. */
    final BigDecimal basis;
    BigDecimal weight;
    BigDecimal score;
    String formula;
    Integer rank;

    IndicatorOutcome(Indicator indicator, BigDecimal ytd, BigDecimal numerator, BigDecimal denominator,
            BigDecimal target, BigDecimal progress, BigDecimal scheduleTarget, BigDecimal completion,
            BigDecimal gapPoints, BigDecimal lastYear, BigDecimal yoy, ScheduleBand band, BigDecimal basis) {
        this.indicator = indicator;
        this.ytd = ytd;
        this.numerator = numerator;
        this.denominator = denominator;
        this.target = target;
        this.progress = progress;
        this.scheduleTarget = scheduleTarget;
        this.completion = completion;
        this.gapPoints = gapPoints;
        this.lastYear = lastYear;
        this.yoy = yoy;
        this.band = band;
        this.basis = basis;
    }

    public Indicator indicator() { return indicator; }
    public BigDecimal ytd() { return ytd; }
    public BigDecimal numerator() { return numerator; }
    public BigDecimal denominator() { return denominator; }
    public BigDecimal target() { return target; }
    public BigDecimal progress() { return progress; }
    public BigDecimal scheduleTarget() { return scheduleTarget; }
    /** 完成率 (YTD ÷ 年度目标) for I1..I7, the rate itself for R_*. */
    public BigDecimal completion() { return completion; }
    public BigDecimal gapPoints() { return gapPoints; }
    public BigDecimal lastYear() { return lastYear; }
    public BigDecimal yoy() { return yoy; }
    public ScheduleBand band() { return band; }
    public BigDecimal basis() { return basis; }
    public BigDecimal weight() { return weight; }
    public BigDecimal score() { return score; }
    public String formula() { return formula; }
    public Integer rank() { return rank; }

    /** Scored: has a weight above zero and a basis to score. */
    public boolean isScored() {
        return weight != null;
    }
}
