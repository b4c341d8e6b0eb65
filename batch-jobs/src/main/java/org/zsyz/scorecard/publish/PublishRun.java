package org.zsyz.scorecard.publish;

import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.batch.core.step.StepExecution;
import org.zsyz.scorecard.batch.JobParameterNames;

/**
 * What a publish run is about, read from its parameters: the period, the revision, and the date printed on
 * the documents (fixed at the first launch, so a restarted run prints the same date).
 */
public record PublishRun(
        YearMonth period, int revision, LocalDate publishedOn, long jobInstanceId, long jobExecutionId) {

    public static PublishRun of(StepExecution step) {
        var parameters = step.getJobParameters();
        Long revision = parameters.getLong(JobParameterNames.REVISION);
        String publishedOn = parameters.getString(JobParameterNames.PUBLISHED_ON);
        return new PublishRun(
                YearMonth.parse(parameters.getString(JobParameterNames.PERIOD)),
                revision == null ? 0 : revision.intValue(),
                publishedOn == null
                        ? step.getJobExecution().getCreateTime().toLocalDate()
                        : LocalDate.parse(publishedOn),
                step.getJobExecution().getJobInstance().getInstanceId(),
                step.getJobExecutionId());
    }
}
