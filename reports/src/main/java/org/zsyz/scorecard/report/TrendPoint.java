package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The unit in one month of the year, for the month-by-month chart.
 *
 * @param rank              rank in the group that month, {@code null} when unranked or not assessed
 * @param totalScore        total score that month
 * @param i1CompletionRate  完成率 of the charted indicator that month (到位市外资金 under the default method), as a ratio
 */
public record TrendPoint(YearMonth month, Integer rank, BigDecimal totalScore, BigDecimal i1CompletionRate) {}
