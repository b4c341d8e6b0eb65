package org.zsyz.scorecard.store.review;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReviewMapper {

    void insertReview(ProjectReview review);

    /** The 认定 in force for a period (from_period ≤ period < until_period), all units, oldest first. */
    List<ProjectReview> findInForce(String period);

    /** Every 认定 of a year's periods, and those still in force from before it, newest first. */
    List<ProjectReview> findOfYear(@Param("yearStart") String yearStart, @Param("yearEnd") String yearEnd);

    /** The 认定 of a unit's project in force in a period, {@code null} if none. */
    ProjectReview findInForceFor(
            @Param("period") String period, @Param("unitCode") String unitCode, @Param("projectNo") String projectNo);

    int endReview(
            @Param("id") long id,
            @Param("untilPeriod") String untilPeriod,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") LocalDateTime at);

    /** How many 认定, duplicate decisions and 抽查 results bearing on the period were recorded after {@code since}. */
    int countChangesSince(@Param("period") String period, @Param("since") LocalDateTime since);

    /** The 认定, duplicate decisions and 抽查 results recorded after {@code since} for the period, as sentences. */
    List<String> describeChangesSince(@Param("period") String period, @Param("since") LocalDateTime since);

    /** Changes whenever a 认定 bearing on the period or a decision of its duplicates is recorded. */
    String verificationStamp(String period);

    void deleteExclusions(String period);

    int insertExclusions(@Param("rows") List<AssessedExclusion> rows);

    List<AssessedExclusion> findExclusions(@Param("period") String period, @Param("unitCode") String unitCode);
}
