package org.zsyz.scorecard.batch;

import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The {@code run} entry of the logging context (MDC): every log line written for a run carries its job,
 * period (or year) and execution id, e.g. {@code monthly 2025-09 #57}, so a run's story can be grepped.
 */
public final class RunLogContext {

    public static final String RUN = "run";

    private RunLogContext() {}

    public static String label(String jobName, JobParameters parameters, Long executionId) {
        String period = parameters.getString(JobParameterNames.PERIOD);
        String subject = period != null
                ? period
                : parameters.getString(JobParameterNames.TERM) != null
                        ? parameters.getString(JobParameterNames.TERM)
                        : parameters.getString(JobParameterNames.YEAR);
        return jobName + (subject == null ? "" : " " + subject) + (executionId == null ? "" : " #" + executionId);
    }

    /** Puts back what the {@code run} entry was before a launch (e.g. the schedule's own label). */
    public static void restore(String previous) {
        if (previous == null) {
            MDC.remove(RUN);
        } else {
            MDC.put(RUN, previous);
        }
    }

    public static String label(JobExecution execution) {
        return label(execution.getJobInstance().getJobName(), execution.getJobParameters(), execution.getId());
    }
}
