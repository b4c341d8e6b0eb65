package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.store.indicator.Indicator;

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
    final ColourBand band;
    /** The achievement the score is based on (YTD ÷ 序时目标, or rate ÷ benchmark); null = not scored. */
    final BigDecimal basis;
    /** The configured rule: method, benchmark (rates) and weight before sharing out. */
    final AssessmentRules.IndicatorRule rule;
    /** Weight after sharing out the weights of indicators that cannot be scored; null = not scored. */
    BigDecimal weight;
    /** The share of the weight earned (score = weight × share). */
    BigDecimal share;

    BigDecimal score;
    /** How the score was reached, or why there is none, in Chinese. */
    String formula;

    Integer rank;

    IndicatorOutcome(
            Indicator indicator,
            BigDecimal ytd,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal target,
            BigDecimal progress,
            BigDecimal scheduleTarget,
            BigDecimal completion,
            BigDecimal gapPoints,
            BigDecimal lastYear,
            BigDecimal yoy,
            ColourBand band,
            BigDecimal basis,
            AssessmentRules.IndicatorRule rule) {
        this.indicator = indicator;
        this.rule = rule;
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

    public Indicator indicator() {
        return indicator;
    }

    public BigDecimal ytd() {
        return ytd;
    }

    public BigDecimal numerator() {
        return numerator;
    }

    public BigDecimal denominator() {
        return denominator;
    }

    public BigDecimal target() {
        return target;
    }

    public BigDecimal progress() {
        return progress;
    }

    public BigDecimal scheduleTarget() {
        return scheduleTarget;
    }
    /** 完成率 (YTD ÷ 年度目标) for I1..I7, the rate itself for R_*. */
    public BigDecimal completion() {
        return completion;
    }

    public BigDecimal gapPoints() {
        return gapPoints;
    }

    public BigDecimal lastYear() {
        return lastYear;
    }

    public BigDecimal yoy() {
        return yoy;
    }

    public ColourBand band() {
        return band;
    }

    public BigDecimal basis() {
        return basis;
    }

    public AssessmentRules.IndicatorRule rule() {
        return rule;
    }

    public BigDecimal weight() {
        return weight;
    }

    public BigDecimal share() {
        return share;
    }

    public BigDecimal score() {
        return score;
    }

    public String formula() {
        return formula;
    }

    public Integer rank() {
        return rank;
    }

    /** Scored: has a weight above zero and a basis to score. */
    public boolean isScored() {
        return weight != null;
    }
}
