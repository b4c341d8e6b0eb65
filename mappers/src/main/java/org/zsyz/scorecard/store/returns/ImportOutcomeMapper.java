package org.zsyz.scorecard.store.returns;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The per-file outcomes of import runs, by job execution. */
@Mapper
public interface ImportOutcomeMapper {

    /** The next outcome number of the run: one step imports its files one after another. */
    int nextSeqNo(long jobExecutionId);

    void insertOutcome(StoredOutcome outcome);

    void insertIssues(@Param("issues") List<StoredOutcomeIssue> issues);

    /** The run's outcomes in the order it took the files. */
    List<StoredOutcome> findOutcomes(long jobExecutionId);

    List<StoredOutcomeIssue> findIssues(long jobExecutionId);
}
