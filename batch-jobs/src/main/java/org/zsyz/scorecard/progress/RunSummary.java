package org.zsyz.scorecard.progress;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * What a run did, stage by stage — items read and written, skipped, time taken — and where its outputs are.
 * Printed at the end of every command that runs a job, and logged at the end of every run.
 */
public record RunSummary(String run, BatchStatus status, Duration took, List<StageLine> stages, List<String> outputs) {

    public record StageLine(String label, String status, long read, long written, long skipped, Duration took) {}

    public static RunSummary of(String run, JobExecution execution, List<String> outputs) {
        List<StageLine> stages = new ArrayList<>();
        execution.getStepExecutions().stream()
                .filter(s -> !Stage.isPartitionWorker(s.getStepName()))
                .sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .forEach(s -> stages.add(new StageLine(
                        Stage.of(s.getStepName()).label(),
                        s.getStatus().name(),
                        s.getReadCount(),
                        s.getWriteCount(),
                        s.getSkipCount(),
                        took(s.getStartTime(), s.getEndTime()))));
        return new RunSummary(
                run, execution.getStatus(), took(execution.getStartTime(), execution.getEndTime()), stages, outputs);
    }

    private static Duration took(LocalDateTime from, LocalDateTime to) {
        if (from == null) {
            return Duration.ZERO;
        }
        return Duration.between(from, to != null ? to : LocalDateTime.now());
    }
}
