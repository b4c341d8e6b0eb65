package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ReportStatus;

/**
 * One unit's scorecard (一县一单) for a period.
 *
 * @param rank         rank in the group, {@code null} when the unit is not ranked
 * @param rankedInGroup how many units are ranked in the group ("第 rank 名 / 共 N 个")
 * @param rankChange   ↑2, ↓1, —, 新
 * @param firstStreak  consecutive months ranked first (连冠), 0 when not first
 * @param reportStatus 已报送, 逾期 or 未报送 (its label is shown)
 * @param indicators   I1..I7 in display order
 * @param rates        合同履约率, 项目开工率, 资金到位率
 * @param scoreParts   how the total was made up: points per indicator and rate, then bonuses and deductions
 * @param pipeline     project counts and contract amounts by status and by category
 * @param trend        this year's months up to the period, oldest first
 * @param trendIndicator the indicator whose 完成率 the chart shows (the method's first weighted one with a target)
 * @param warnings     预警 sentences about the unit as a whole, e.g. its indicators far behind schedule
 * @param projectAlerts the projects behind a 预警 (超期未开工, 资金未到位), in ledger order; listed as a table
 * @param alertNote     what the project alerts mean under the rules in force, e.g. 超期未开工：签约满6个月仍未开工；
 *                      {@code null} when there are none
 */
public record UnitScorecard(
        String cityName,
        String issuer,
        YearMonth period,
        LocalDate publishedOn,
        int revision,
        String unitCode,
        String unitName,
        String groupName,
        Integer rank,
        int rankedInGroup,
        String rankChange,
        int firstStreak,
        BigDecimal totalScore,
        Grade grade,
        ReportStatus reportStatus,
        List<IndicatorLine> indicators,
        List<RateLine> rates,
        List<ScorePart> scoreParts,
        List<PipelineLine> pipeline,
        List<TrendPoint> trend,
        List<String> warnings,
        List<ProjectAlert> projectAlerts,
        String alertNote,
        String trendIndicator) {

    /** The default method's scorecard: the chart shows 到位市外资金 (I1). */
    public UnitScorecard(
            String cityName,
            String issuer,
            YearMonth period,
            LocalDate publishedOn,
            int revision,
            String unitCode,
            String unitName,
            String groupName,
            Integer rank,
            int rankedInGroup,
            String rankChange,
            int firstStreak,
            BigDecimal totalScore,
            Grade grade,
            ReportStatus reportStatus,
            List<IndicatorLine> indicators,
            List<RateLine> rates,
            List<ScorePart> scoreParts,
            List<PipelineLine> pipeline,
            List<TrendPoint> trend,
            List<String> warnings,
            List<ProjectAlert> projectAlerts,
            String alertNote) {
        this(
                cityName,
                issuer,
                period,
                publishedOn,
                revision,
                unitCode,
                unitName,
                groupName,
                rank,
                rankedInGroup,
                rankChange,
                firstStreak,
                totalScore,
                grade,
                reportStatus,
                indicators,
                rates,
                scoreParts,
                pipeline,
                trend,
                warnings,
                projectAlerts,
                alertNote,
                "到位市外资金");
    }

    public UnitScorecard {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        projectAlerts = projectAlerts == null ? List.of() : List.copyOf(projectAlerts);
    }

    /** 示例市招商引资工作成绩单（2024年1—3月）. */
    public String title() {
        return cityName + "招商引资工作成绩单（" + Periods.span(period) + "）";
    }

    /** Output file name {@code <code>-<name>-<period>.pdf}. */
    public String fileName() {
        return unitCode + "-" + unitName + "-" + period + ".pdf";
    }
}
