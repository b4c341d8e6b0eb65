package org.zsyz.scorecard.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * One log line per significant event of every run — started or resumed, each step's end with its counts,
 * the end of the run — each carrying the run's job, period and execution id (the {@code run} MDC entry).
 * A failure is logged as its one-line reason; only an unexpected one (a bug) adds its stack trace, and only
 * to the log file. Spring Batch's own error logging is switched off in favour of these lines.
 */
@Component
public class RunEventListener implements JobExecutionListener, StepExecutionListener {

    /** The run events logger: its lines go to the log file, and to the console only where asked (serve). */
    public static final String RUN_EVENTS = "org.zsyz.scorecard.runs";

    private static final Logger log = LoggerFactory.getLogger(RUN_EVENTS);

    private final ActiveRuns activeRuns;
    private final JobRepository jobRepository;

    public RunEventListener(ActiveRuns activeRuns, JobRepository jobRepository) {
        this.activeRuns = activeRuns;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put(RunLogContext.RUN, RunLogContext.label(execution));
        activeRuns.started(execution);
        String parameters = execution.getJobParameters().parameters().stream()
                .map(p -> p.name() + "=" + p.value())
                .sorted()
                .collect(Collectors.joining(", "));
        int attempts = attempts(execution);
        if (attempts > 1) {
            log.info(
                    "Resumed {} ({}), attempt {} of job instance {}",
                    execution.getJobInstance().getJobName(),
                    parameters,
                    attempts,
                    execution.getJobInstance().getInstanceId());
        } else {
            log.info("Started {} ({})", execution.getJobInstance().getJobName(), parameters);
        }
    }

    private int attempts(JobExecution execution) {
        try {
            return jobRepository.getJobExecutions(execution.getJobInstance()).size();
        } catch (RuntimeException e) {
            return 1; // only for the log line
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        describeFailure(execution);
        activeRuns.finished(execution);
        String took = took(
                execution.getStartTime(),
                execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            log.info("Completed {} in {}", execution.getJobInstance().getJobName(), took);
        } else {
            String reason = execution.getAllFailureExceptions().stream()
                    .findFirst()
                    .map(Failures::reason)
                    .orElse(execution.getExitStatus().getExitDescription());
            log.error(
                    "{} {} after {}: {}",
                    execution.getJobInstance().getJobName(),
                    execution.getStatus(),
                    took,
                    reason == null || reason.isBlank()
                            ? execution.getExitStatus().getExitCode()
                            : reason);
        }
    }

    /**
     * A failure the system expected (a refusal, a check, the database or the disk) is recorded with its one-line
     * reason first, above Spring Batch's stack trace, which it cuts at 2,500 characters — often before the cause
     * that says what happened. The runs page, {@code jobs}, the audit trail and the portal show that line. A run
     * whose input was refused as a whole ends with the exit code {@link RejectedInput#EXIT_CODE}.
     */
    static void describeFailure(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        Throwable failure =
                execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (failure == null || !Failures.isExpected(failure)) {
            return;
        }
        ExitStatus exit = execution.getExitStatus();
        String code =
                Failures.causeOf(failure, RejectedInput.class) != null ? RejectedInput.EXIT_CODE : exit.getExitCode();
        String description = exit.getExitDescription();
        String reason = Failures.reason(failure);
        if (Failures.saysInChinese(reason) && (description == null || !description.startsWith(reason))) {
            description = description == null || description.isBlank() ? reason : reason + "\n" + description;
        }
        execution.setExitStatus(new ExitStatus(code, description));
    }

    @Override
    public void beforeStep(StepExecution step) {
        // Also for steps that run in other threads (partitions): they log with their run's context too.
        MDC.put(RunLogContext.RUN, RunLogContext.label(step.getJobExecution()));
        log.info("Step {} started", step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        String took = took(step.getStartTime(), LocalDateTime.now());
        if (step.getFailureExceptions().isEmpty()) {
            log.info(
                    "Step {} {}: read {}, written {}, skipped {}, filtered {}, commits {}, rollbacks {}, in {}",
                    step.getStepName(),
                    step.getStatus(),
                    step.getReadCount(),
                    step.getWriteCount(),
                    step.getSkipCount(),
                    step.getFilterCount(),
                    step.getCommitCount(),
                    step.getRollbackCount(),
                    took);
        }
        if (step.getStatus() == BatchStatus.STOPPED) {
            log.warn(
                    "Step {} stopped on request after {} written, in {}; a restart resumes it",
                    step.getStepName(),
                    step.getWriteCount(),
                    took);
            return null;
        }
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Throwable failure : step.getFailureExceptions()) {
            if (!reported.add(Failures.reason(failure))) {
                continue; // the same cause again (e.g. when the step's own bookkeeping failed with it too)
            }
            if (Failures.isExpected(failure)) {
                log.error(
                        "Step {} failed after {} written, in {}: {}",
                        step.getStepName(),
                        step.getWriteCount(),
                        took,
                        Failures.reason(failure));
            } else {
                log.error(
                        "Step {} failed after {} written, in {}: {} (unexpected, stack trace follows)",
                        step.getStepName(),
                        step.getWriteCount(),
                        took,
                        Failures.reason(failure),
                        failure);
            }
        }
        return null;
    }

    static String took(LocalDateTime from, LocalDateTime to) {
        if (from == null || to == null) {
            return "—";
        }
        return format(Duration.between(from, to));
    }

    /** 0.42s, 12.3s, 4m05s, 1h02m. */
    public static String format(Duration d) {
        long millis = Math.max(0, d.toMillis());
        if (millis < 10_000) {
            return String.format("%.2fs", millis / 1000.0);
        }
        if (millis < 60_000) {
            return String.format("%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
