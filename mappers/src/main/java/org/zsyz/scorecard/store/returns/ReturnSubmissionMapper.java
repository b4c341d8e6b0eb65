package org.zsyz.scorecard.store.returns;

import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReturnSubmissionMapper {

    /** Inserts and sets nothing back: read the id with {@link #findVersion}. */
    void insertSubmission(ReturnSubmission submission);

    /** Records how reading the version's file ended. */
    int updateOutcome(ReturnSubmission outcome);

    void insertActivity(ActivityFigure activity);

    void insertIssues(@Param("issues") List<SubmissionIssue> issues);

    int nextVersionNo(@Param("unitCode") String unitCode, @Param("period") YearMonth period);

    ReturnSubmission findVersion(
            @Param("unitCode") String unitCode, @Param("period") YearMonth period, @Param("versionNo") int versionNo);

    /** The versions of a unit's period with this exact file content, newest first. */
    List<ReturnSubmission> findBySha256(
            @Param("unitCode") String unitCode, @Param("period") YearMonth period, @Param("sha256") String sha256);

    /** For each unit, the newest accepted version of the period: the one that counts. */
    List<ReturnSubmission> findCounting(YearMonth period);

    ReturnSubmission findCountingForUnit(@Param("unitCode") String unitCode, @Param("period") YearMonth period);

    /** The newest accepted version of the unit at or before the period (for carrying figures forward). */
    ReturnSubmission findLatestCountingUpTo(@Param("unitCode") String unitCode, @Param("period") YearMonth period);

    List<ReturnSubmission> findAllVersions(YearMonth period);

    /** The newest submission id of all: any new version changes it. */
    long lastSubmissionId();

    ActivityFigure findActivity(long submissionId);

    List<SubmissionIssue> findIssues(long submissionId);
}
