package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The unit in one month of the year, for the month-by-month chart.
 *
 * @param rank              rank in the group that month, {@code null} when unranked or not assessed
 * @param totalScore        total score that month
 * @param i1CompletionRate  到位市外资金 完成率 that month, as a ratio
 */
public record TrendPoint(YearMonth month, Integer rank, BigDecimal totalScore, BigDecimal i1CompletionRate) {}
