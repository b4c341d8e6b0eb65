package org.zsyz.scorecard.store.history;

import java.time.LocalDateTime;

/**
 * A line of {@code scorecard jobs}: one Spring Batch job execution with its identifying parameter and counts.
 *
 * @param parameter the value of the identifying {@code period}, {@code year} or {@code term} parameter
 */
public record JobExecutionSummary(
        long executionId,
        String jobName,
        String parameter,
        String status,
        String exitCode,
        LocalDateTime startTime,
        LocalDateTime endTime,
        long readCount,
        long writeCount,
        long skipCount,
        String exitMessage) {}
