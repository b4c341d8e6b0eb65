package org.zsyz.scorecard.store.duplicate;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zsyz.scorecard.domain.DuplicateDecision;

@Mapper
public interface DuplicateMapper {

    /** The version's 项目名称 column (e.g. "C"), for the cells its matches are named by; null if not found. */
    int setNameColumn(@Param("submissionId") long submissionId, @Param("nameColumn") String nameColumn);

    /** Rows of the version whose key is in another unit's counting version of the same period. */
    List<KeyMatch> findSamePeriodMatches(@Param("submissionId") long submissionId, @Param("limit") int limit);

    /**
     * Rows of the version signed on or after {@code yearStart} whose key is in a counting version of an earlier
     * year (any unit) with the project signed before it; newest first for each row.
     */
    List<KeyMatch> findSignedBeforeMatches(
            @Param("submissionId") long submissionId,
            @Param("yearStart") java.time.LocalDate yearStart,
            @Param("limit") int limit);

    ProjectDuplicate findDuplicate(
            @Param("period") String period,
            @Param("matchKey") String matchKey,
            @Param("kind") String kind,
            @Param("unitA") String unitA,
            @Param("unitB") String unitB);

    /** The latest decision taken on the same project and units earlier in the year, {@code null} if none. */
    ProjectDuplicate findEarlierDecision(
            @Param("fromPeriod") String fromPeriod,
            @Param("period") String period,
            @Param("matchKey") String matchKey,
            @Param("kind") String kind,
            @Param("unitA") String unitA,
            @Param("unitB") String unitB);

    void insertDuplicate(ProjectDuplicate duplicate);

    int refreshDuplicate(ProjectDuplicate duplicate);

    ProjectDuplicate findById(long id);

    List<ProjectDuplicate> findByPeriod(String period);

    /** Decided duplicates of a period that concern the unit. */
    List<ProjectDuplicate> findDecidedForUnit(@Param("period") String period, @Param("unitCode") String unitCode);

    /** The return version and project-name cell of both sides of each duplicate of a period. */
    List<DuplicateReturns> findReturns(String period);

    /** Decided duplicates of a period, oldest first. */
    List<ProjectDuplicate> findDecided(String period);

    /** Undecided duplicates of a period, oldest first. */
    List<ProjectDuplicate> findUndecided(String period);

    int countUndecided(String period);

    int decide(
            @Param("id") long id,
            @Param("decision") DuplicateDecision decision,
            @Param("reason") String reason,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") java.time.LocalDateTime decidedAt);

    int nextIssueSeqNo(long submissionId);

    void addWarning(
            @Param("submissionId") long submissionId,
            @Param("seqNo") int seqNo,
            @Param("sheet") String sheet,
            @Param("cell") String cell,
            @Param("field") String field,
            @Param("value") String value,
            @Param("message") String message);

    void countWarning(long submissionId);
}
