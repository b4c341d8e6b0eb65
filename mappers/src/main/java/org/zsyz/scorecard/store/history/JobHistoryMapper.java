package org.zsyz.scorecard.store.history;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Reads Spring Batch's own tables for the history commands. */
@Mapper
public interface JobHistoryMapper {

    /** Newest first, counts summed over the execution's steps. */
    List<JobExecutionSummary> findRecentExecutions(int limit);

    /** One execution, summarised like a line of the list; null when there is none with that id. */
    JobExecutionSummary findExecution(long executionId);

    /**
     * Runs that did not finish: the latest execution of every job instance that is neither COMPLETED nor
     * ABANDONED (FAILED, STOPPED, or still STARTED — running, or left behind by a process that died).
     * Newest first.
     */
    List<JobExecutionSummary> findUnfinishedExecutions();
}
