package org.zsyz.scorecard.report.term;

import java.util.List;

/**
 * The 年度（季度）考核结果通报, its text already formatted as printed.
 *
 * @param title         e.g. 示例市2025年度招商引资工作考核结果通报
 * @param stage         公示稿, 正式 or 更正版
 * @param issuer        the issuing bureau
 * @param publishedOn   the date printed, e.g. 2026年1月15日
 * @param stageNote     the 公示 window, or the 更正 reason; may be empty
 * @param methodSummary the method in short
 * @param columns       the ranking table's headings
 * @param groups        per group, its rows (one cell per heading)
 * @param awards        per award, the units that won it, e.g. 招商引资工作优秀单位：安平市、东城区
 */
public record TermBulletin(
        String title,
        String stage,
        String issuer,
        String publishedOn,
        String stageNote,
        String methodSummary,
        List<String> columns,
        List<Group> groups,
        List<String> awards) {

    public record Group(String name, List<List<String>> rows) {}
}
