package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.util.List;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ReportStatus;

/**
 * A unit's line in the bulletin.
 *
 * @param rank         rank within the group, {@code null} when the unit is not ranked
 * @param rankChange   ↑2, ↓1, —, 新 (against last month), {@code null} when unranked
 * @param totalScore   total score, already rounded to 2 decimals (ranking compares this)
 * @param grade        等次
 * @param reportStatus shown, beside the unit's name, unless 已报送
 * @param cells        one per {@link Bulletin#indicators()} column, same order
 */
public record RankingRow(
        Integer rank,
        String rankChange,
        String unitCode,
        String unitName,
        BigDecimal totalScore,
        Grade grade,
        ReportStatus reportStatus,
        List<IndicatorCell> cells) {}
