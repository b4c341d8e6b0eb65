package org.zsyz.scorecard.store.portal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ReportStatus;

/**
 * A unit's stored result for one period (its unit_score row), with when it was assessed and when the period was
 * last published, so that a page can tell a published result from one assessed again after publication.
 *
 * @param reportStatus 已报送, 逾期 or 未报送
 * @param groupRank    {@code null} for a unit that is not ranked
 * @param submissionId the return version the result counted, {@code null} for 未报送
 * @param publishedAt  the newest publication of the period, {@code null} if it was never published
 * @param revision     that publication's revision (0 = the first, 1.. = 更正版), {@code null} if none
 */
public record UnitStanding(
        YearMonth period,
        String unitName,
        String groupName,
        ReportStatus reportStatus,
        BigDecimal totalScore,
        Grade grade,
        Integer groupRank,
        int groupSize,
        String rankChange,
        Long submissionId,
        LocalDateTime computedAt,
        LocalDateTime publishedAt,
        Integer revision) {

    /** Whether the stored result is the one the newest publication shows (not assessed again since). */
    public boolean asPublished() {
        return publishedAt != null && computedAt != null && !computedAt.isAfter(publishedAt);
    }
}
