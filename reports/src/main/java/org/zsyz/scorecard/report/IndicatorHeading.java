package org.zsyz.scorecard.report;

/**
 * A column of the bulletin's ranking table.
 *
 * @param code      I1..I7, R_FULFIL, R_START, R_FUNDS
 * @param shortName a name short enough for a column head, e.g. 到位市外资金
 */
public record IndicatorHeading(String code, String shortName) {}
