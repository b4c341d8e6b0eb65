package org.zsyz.scorecard.store.term;

import java.math.BigDecimal;

/**
 * A unit's term-end figure of one indicator or rate: the last month's, or the bureau's 核定 figure.
 *
 * @param indicatorCode the indicator's code as indicator_result stores it
 * @param verified      whether the figure is the bureau's 核定 figure
 * @param weight        {@code null} when not scored
 */
public record TermIndicatorResult(
        String term,
        String unitCode,
        String indicatorCode,
        BigDecimal valueYtd,
        BigDecimal targetValue,
        BigDecimal completionRate,
        boolean verified,
        BigDecimal weight,
        BigDecimal score) {}
