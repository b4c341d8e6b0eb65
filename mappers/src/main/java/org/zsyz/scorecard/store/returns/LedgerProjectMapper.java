package org.zsyz.scorecard.store.returns;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
public interface LedgerProjectMapper {

    /** One multi-row INSERT; callers pass slices of a few hundred rows. */
    int insertProjects(@Param("projects") List<LedgerProject> projects);

    List<LedgerProject> findProjects(long submissionId);

    /** The named projects of a version's ledger (those a scorecard warns about), in sheet order. */
    List<ProjectHeadline> findProjectHeadlines(
            @Param("submissionId") long submissionId, @Param("projectNos") Collection<String> projectNos);

    /** Streams a version's ledger in sheet order; must be consumed inside a transaction. */
    Cursor<LedgerProject> streamProjects(long submissionId);

    int countProjects(long submissionId);

    /** Projects of the previous version missing from the current one, in the previous sheet order. */
    List<LedgerChange> findVanishedProjects(
            @Param("previousId") long previousId, @Param("currentId") long currentId, @Param("limit") int limit);

    int countVanishedProjects(@Param("previousId") long previousId, @Param("currentId") long currentId);

    /** Projects whose 累计到位资金 is lower than in the previous version (a blank counts as 0). */
    List<LedgerChange> findFundsTotalDecreases(
            @Param("previousId") long previousId, @Param("currentId") long currentId, @Param("limit") int limit);

    int countFundsTotalDecreases(@Param("previousId") long previousId, @Param("currentId") long currentId);

    /** Projects whose 本年到位资金 is lower than in the previous version; only meaningful within one year. */
    List<LedgerChange> findFundsThisYearDecreases(
            @Param("previousId") long previousId, @Param("currentId") long currentId, @Param("limit") int limit);

    int countFundsThisYearDecreases(@Param("previousId") long previousId, @Param("currentId") long currentId);

    /** Projects and Σ 合同投资额 per 项目状态 (label = the status label). */
    List<LedgerTally> tallyByStatus(long submissionId);

    /** Projects and Σ 合同投资额 per 产业类别. */
    List<LedgerTally> tallyByIndustry(long submissionId);
}
