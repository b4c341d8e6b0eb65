package org.zsyz.scorecard.report;

import java.math.BigDecimal;

/**
 * One cohort rate on a unit scorecard, e.g. 项目开工率 = 12 ÷ 15.
 *
 * @param numerator   e.g. 12 projects started, or Σ 累计到位资金 in 亿元
 * @param denominator e.g. 15 projects signed, or Σ 合同投资额 in 亿元
 * @param rate        {@code null} for an empty cohort ("—")
 * @param benchmark   the rate that earns full marks, as a ratio
 */
public record RateLine(
        String code,
        String name,
        BigDecimal numerator,
        BigDecimal denominator,
        BigDecimal rate,
        BigDecimal benchmark,
        BigDecimal score,
        BigDecimal weight,
        Integer rank) {}
