package org.zsyz.scorecard.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The city-wide bulletin (全市成绩单) of one period.
 *
 * @param cityName    e.g. 示例市
 * @param issuer      the issuing body, e.g. 示例市商务局
 * @param period      the assessed month; figures are 1—M月 累计
 * @param publishedOn the publication date taken from the run (never the wall clock inside the renderer)
 * @param revision    0 for the first publication, 1.. for 更正版
 * @param indicators  the columns of the ranking tables, in display order
 * @param groups      one ranked table per 考核组别, in the targets workbook's order
 * @param methodNote  the weights and rules in force, as sentences
 */
public record Bulletin(
        String cityName,
        String issuer,
        YearMonth period,
        LocalDate publishedOn,
        int revision,
        List<IndicatorHeading> indicators,
        List<GroupRanking> groups,
        List<String> methodNote) {

    /** 示例市招商引资工作成绩单（2024年1—3月）. */
    public String title() {
        return cityName + "招商引资工作成绩单（" + Periods.span(period) + "）";
    }
}
