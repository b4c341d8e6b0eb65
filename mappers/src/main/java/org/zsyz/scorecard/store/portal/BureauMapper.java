package org.zsyz.scorecard.store.portal;

import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** What the bureau's pages read beyond the submission lines: the cover's contact and who uploaded a version. */
@Mapper
public interface BureauMapper {

    /** Facts of every version of a period. */
    List<SubmissionFacts> findPeriodFacts(YearMonth period);

    /** Facts of one version, {@code null} if there is none with that id. */
    SubmissionFacts findFacts(long submissionId);

    /** The periods assessed, newest first. */
    default List<YearMonth> assessedPeriods() {
        return assessedPeriodTexts().stream().map(YearMonth::parse).toList();
    }

    List<String> assessedPeriodTexts();
}
