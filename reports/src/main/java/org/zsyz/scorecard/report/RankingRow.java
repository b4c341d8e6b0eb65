package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's line in the bulletin.
 *
 * @param rank         rank within the group, {@code null} when the unit is not ranked
 * @param rankChange   ↑2, ↓1, —, 新 (against last month), {@code null} when unranked
 * @param totalScore   total score, already rounded to 2 decimals (ranking compares this)
 * @param grade        优秀 / 良好 / 合格 / 不合格
 * @param reportStatus 已报送, 逾期 or 未报送
 * @param cells        one per {@link Bulletin#indicators()} column, same order
 */
public record RankingRow(
        Integer rank,
        String rankChange,
        String unitCode,
        String unitName,
        BigDecimal totalScore,
        String grade,
        String reportStatus,
        List<IndicatorCell> cells) {
}
