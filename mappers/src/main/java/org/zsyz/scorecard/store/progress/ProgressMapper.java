package org.zsyz.scorecard.store.progress;

import java.time.YearMonth;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Small counts that let a long step say how far it is and how much is left. */
@Mapper
public interface ProgressMapper {

    /** Return versions of the period recorded after the given submission id, with their accepted rows. */
    ImportTally importedSince(@Param("period") YearMonth period, @Param("afterId") long afterId);

    /** The newest submission id (0 when there is none): where an import starts counting. */
    long lastSubmissionId();

    /** Units scored for the period: the scorecards a publication renders. */
    int countUnitScores(@Param("period") YearMonth period);

    /** Units assessed in the year. */
    int countUnits(@Param("year") int year);
}
