package org.zsyz.scorecard.store.portal;

import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PortalMapper {

    void insertUpload(PortalUpload upload);

    PortalUpload findUpload(long submissionId);

    /** Marks the version RETURNED if it is ACCEPTED; 0 when it is not (any more). */
    int markReturned(long submissionId);

    void insertSendBack(SendBack sendBack);

    SendBack findSendBack(long submissionId);

    SubmissionLine findLine(long submissionId);

    /** Every version of a unit, newest period and version first. */
    List<SubmissionLine> findUnitLines(@Param("unitCode") String unitCode, @Param("limit") int limit);

    /** Every version of a period, by unit and version. */
    List<SubmissionLine> findPeriodLines(YearMonth period);

    /** The newest period that has been assessed, {@code null} if none. */
    default YearMonth latestAssessedPeriod() {
        String period = latestAssessedPeriodText();
        return period == null ? null : YearMonth.parse(period);
    }

    String latestAssessedPeriodText();

    /** The periods published, newest first. */
    default List<YearMonth> publishedPeriods() {
        return publishedPeriodTexts().stream().map(YearMonth::parse).toList();
    }

    List<String> publishedPeriodTexts();
}
