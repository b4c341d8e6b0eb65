package org.zsyz.scorecard.store.term;

import java.math.BigDecimal;
import org.zsyz.scorecard.domain.Grade;

/**
 * A unit's result for a term.
 *
 * @param monthlyAverage 平时: the average of the months' totals, {@code null} when no month counted
 * @param termEndScore   年终: the score of the term-end (or 核定) figures
 * @param firstStreak    consecutive terms of the same kind ranked first in the group (连冠), 0 when not first
 * @param award          the award's name as the bureau names it, or {@code null}
 * @param scoreFormula   the total's arithmetic in words
 */
public record TermUnitResult(
        String term,
        String unitCode,
        String unitName,
        String groupName,
        boolean ranked,
        int monthsCounted,
        BigDecimal monthlyAverage,
        BigDecimal termEndScore,
        BigDecimal adjustmentTotal,
        BigDecimal totalScore,
        Grade grade,
        Integer groupRank,
        int groupSize,
        int firstStreak,
        String award,
        String scoreFormula) {}
