package org.zsyz.scorecard.store.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.zsyz.scorecard.domain.ColourBand;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * One indicator (I1..I7) or cohort rate (R_*) of a unit in a period, with everything needed to
 * explain its score. Ratios at full precision; {@code null} means "—".
 *
 * @param valueYtd    the YTD figure, or the rate for R_*
 * @param numerator   for rates: e.g. projects started; {@code null} for indicators
 * @param denominator for rates: e.g. projects signed in the cohort
 * @param progress    序时进度 p(m) as a ratio
 * @param scheduleGap 序时差 in percentage points
 * @param weight      weight after sharing out missing targets; {@code null} when not scored
 * @param colourBand  by 序时差, {@code null} when there is no 序时差
 * @param formula     the score's arithmetic in words (or why the indicator is not scored), in Chinese
 * @param scoringMethod RATIO, RATE, TIERED or EFFICACY
 * @param benchmark   for rates: the benchmark the rate is measured against (0.8 = 80%)
 * @param baseWeight  the configured weight, before sharing out
 * @param scoreShare  the share of the weight earned: score = weight × scoreShare
 */
public record IndicatorResult(
        YearMonth period,
        String unitCode,
        Indicator indicator,
        BigDecimal valueYtd,
        BigDecimal numerator,
        BigDecimal denominator,
        BigDecimal targetValue,
        BigDecimal progress,
        BigDecimal scheduleTarget,
        BigDecimal completionRate,
        BigDecimal scheduleGap,
        BigDecimal lastYearYtd,
        BigDecimal yoyRate,
        BigDecimal weight,
        BigDecimal score,
        Integer indicatorRank,
        ColourBand colourBand,
        String formula,
        String scoringMethod,
        BigDecimal benchmark,
        BigDecimal baseWeight,
        BigDecimal scoreShare) {}
