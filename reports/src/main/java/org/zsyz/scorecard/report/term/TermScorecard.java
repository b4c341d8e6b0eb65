package org.zsyz.scorecard.report.term;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's 年度（季度）成绩单, its text already formatted as printed.
 *
 * @param headline    the lines under the title: rank, total, grade, award, 连冠
 * @param figures     the term-end indicators and rates: one row of cells per indicator, under {@code figureColumns}
 * @param buildUp     how the total was reached, line by line
 * @param months      the term's months with their totals and ranks, for the chart
 * @param history     the unit's terms, newest first: one row under {@code historyColumns}
 */
public record TermScorecard(
        String title,
        String stage,
        String unitLine,
        String publishedOn,
        String stageNote,
        List<String> headline,
        List<String> figureColumns,
        List<List<String>> figures,
        List<String> buildUp,
        List<MonthPoint> months,
        List<String> historyColumns,
        List<List<String>> history) {

    /**
     * @param label     e.g. 1月
     * @param score     the month's total, {@code null} when the month has no result
     * @param rank      the month's rank in the group, {@code null} when not ranked
     * @param groupSize ranked units in the group that month
     */
    public record MonthPoint(String label, BigDecimal score, Integer rank, int groupSize) {}

    /** The history table's title: 历年考核结果, or 历次季度考核结果 when its rows are quarters. */
    public String historyTitle() {
        return !historyColumns.isEmpty() && historyColumns.get(0).contains("季度") ? "历次季度考核结果" : "历年考核结果";
    }
}
