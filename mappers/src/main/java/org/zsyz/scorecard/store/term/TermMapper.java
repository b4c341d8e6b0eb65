package org.zsyz.scorecard.store.term;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zsyz.scorecard.domain.ObjectionStatus;

/** Term (year, quarter) results, their publications and the units' objections. */
@Mapper
public interface TermMapper {

    void insertRun(TermRun run);

    int insertUnitResults(@Param("results") List<TermUnitResult> results);

    int insertIndicatorResults(@Param("results") List<TermIndicatorResult> results);

    int insertAdjustments(@Param("adjustments") List<TermAdjustment> adjustments);

    int deleteRun(String term);

    int deleteUnitResults(String term);

    int deleteIndicatorResults(String term);

    int deleteAdjustments(String term);

    TermRun findRun(String term);

    /** Every assessed term, newest first. */
    List<TermRun> findRuns();

    /** Group order of the term's results as stored: group, rank (unranked last), code. */
    List<TermUnitResult> findUnitResults(String term);

    TermUnitResult findUnitResult(@Param("term") String term, @Param("unitCode") String unitCode);

    /** The unit's results of every earlier term of the same kind (terms of the same length), newest first. */
    List<TermUnitResult> findHistoryOfUnit(@Param("unitCode") String unitCode, @Param("upTo") String upTo);

    List<TermIndicatorResult> findIndicatorResults(String term);

    List<TermAdjustment> findAdjustments(String term);

    void insertPublication(TermPublication publication);

    TermPublication findLatestPublication(String term);

    List<TermPublication> findPublications(String term);

    void insertObjection(TermObjection objection);

    /** The id of the unit's newest objection (read back in the transaction that inserted it). */
    Long lastObjectionId(@Param("term") String term, @Param("unitCode") String unitCode);

    int insertObjectionFiles(@Param("files") List<TermObjectionFile> files);

    TermObjection findObjection(long id);

    List<TermObjection> findObjections(String term);

    List<TermObjection> findObjectionsOfUnit(@Param("term") String term, @Param("unitCode") String unitCode);

    List<TermObjectionFile> findObjectionFiles(long objectionId);

    int answerObjection(
            @Param("id") long id,
            @Param("status") ObjectionStatus status,
            @Param("answer") String answer,
            @Param("answeredAt") LocalDateTime answeredAt,
            @Param("answeredBy") String answeredBy);
}
