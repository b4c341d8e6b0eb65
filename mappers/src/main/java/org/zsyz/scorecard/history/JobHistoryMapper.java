package org.zsyz.scorecard.history;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Reads Spring Batch's own tables for the history commands. */
@Mapper
public interface JobHistoryMapper {

    /** Newest first, counts summed over the execution's steps. */
    List<JobExecutionSummary> findRecentExecutions(int limit);
}
