package org.zsyz.scorecard.report;

/**
 * A column of the bulletin's ranking table.
 *
 * @param code      the indicator's code in the year's method, e.g. I1 or R_START
 * @param shortName a name short enough for a column head, e.g. 到位市外资金
 * @param rate      the column shows a rate itself (合同履约率…), not the 完成率 of a figure against its target
 */
public record IndicatorHeading(String code, String shortName, boolean rate) {

    /** A heading of today's codes: the cohort rates are R_*. */
    public IndicatorHeading(String code, String shortName) {
        this(code, shortName, code.startsWith("R_"));
    }
}
