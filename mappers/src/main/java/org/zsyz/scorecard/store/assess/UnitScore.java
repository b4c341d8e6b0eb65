package org.zsyz.scorecard.store.assess;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ListMark;
import org.zsyz.scorecard.domain.ReportStatus;

/**
 * A unit's total and place for a period.
 *
 * @param reportStatus 已报送, 逾期 or 未报送
 * @param totalScore   rounded to 2 decimals: the ranking compares this figure
 * @param groupRank    {@code null} when the unit is not ranked
 * @param groupSize    number of ranked units in the group
 * @param rankChange   ↑2, ↓1, —, 新; {@code null} when not ranked
 * @param firstStreak  consecutive months ranked first (连冠), 0 when not first
 * @param listMark     红榜 or 黑榜, or {@code null}
 * @param figuresPeriod the period of the return whose figures are shown: the period itself, an earlier one
 *                     carried for a 未报送 unit, or {@code null} when there was nothing to carry
 * @param receivedAt   when the unit's first accepted return for the period arrived, {@code null} if none
 * @param scoreFormula the total's arithmetic in words: indicator scores, 加分, 扣分
 */
public record UnitScore(
        YearMonth period,
        String unitCode,
        String unitName,
        String groupName,
        boolean ranked,
        Long submissionId,
        ReportStatus reportStatus,
        BigDecimal baseScore,
        BigDecimal bonus,
        BigDecimal deduction,
        BigDecimal totalScore,
        Grade grade,
        Integer groupRank,
        int groupSize,
        Integer previousRank,
        String rankChange,
        int firstStreak,
        ListMark listMark,
        YearMonth figuresPeriod,
        LocalDateTime receivedAt,
        String scoreFormula) {}
