package org.zsyz.scorecard.operations;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.batch.ActiveRuns;
import org.zsyz.scorecard.batch.Failures;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.batch.RejectedInput;
import org.zsyz.scorecard.batch.RunLogContext;
import org.zsyz.scorecard.lock.RunLock;
import org.zsyz.scorecard.lock.RunLocks;
import org.zsyz.scorecard.store.history.JobExecutionSummary;
import org.zsyz.scorecard.store.history.JobHistoryMapper;
import org.zsyz.scorecard.store.lock.RunLockRow;

/**
 * Starts a job, or restarts its failed run: launching with the same identifying parameters as a run that
 * failed resumes that run with its original parameters (so, for one, a restarted publication prints the
 * date of the first attempt). A completed run is not repeated.
 *
 * <p>Every launch first takes the run lock of its period (or targets year) in the database, so two runs of
 * the same period never work at once, not even from two processes or machines. Holding the lock also proves
 * that an execution still marked as running is abandoned — its process died (kill -9, power cut, database
 * gone) — so it is recovered as FAILED and then restarted like any failed run.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;
    private final RunLocks locks;
    private final ActiveRuns activeRuns;
    private final JobHistoryMapper history;
    private final RunAudit audit;

    public JobRunner(
            JobOperator jobOperator,
            JobRepository jobRepository,
            List<Job> jobs,
            RunLocks locks,
            ActiveRuns activeRuns,
            JobHistoryMapper history,
            RunAudit audit) {
        this.audit = audit;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.locks = locks;
        this.activeRuns = activeRuns;
        this.history = history;
    }

    /** Thrown when the same run already completed: nothing to do. */
    public static class AlreadyCompleteException extends RuntimeException {
        public AlreadyCompleteException(String message) {
            super(message);
        }
    }

    /** A run whose input was refused as a whole: restarting it would only refuse the same input again. */
    public static class NothingToResumeException extends AlreadyCompleteException {
        public NothingToResumeException(String message) {
            super(message);
        }
    }

    /** What a run is about, for people: the period, the year, or the job's name. */
    public static String subjectOf(String jobName, JobParameters parameters) {
        String period = parameters.getString(JobParameterNames.PERIOD);
        if (period != null) {
            return period;
        }
        String term = parameters.getString(JobParameterNames.TERM);
        if (term != null) {
            return term;
        }
        String year = parameters.getString(JobParameterNames.YEAR);
        return year != null ? year + " 年目标任务书" : jobName;
    }

    public JobExecution run(String jobName, JobParameters parameters) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("No job named " + jobName);
        }
        String logContext = MDC.get(RunLogContext.RUN);
        try (RunLock lock = lock(jobName, parameters)) {
            JobExecution last = jobRepository.getLastJobExecution(jobName, parameters);
            if (last != null) {
                last = recoverInstance(last, lock);
            }
            if (last != null) {
                BatchStatus status = last.getStatus();
                if (status == BatchStatus.COMPLETED) {
                    throw new AlreadyCompleteException(jobName + " " + subjectOf(jobName, parameters) + " 已于 "
                            + last.getEndTime().withNano(0).toString().replace('T', ' ') + " 完成（执行 #"
                            + last.getId() + "），不再重复运行");
                }
                if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                    log.info("Restarting {} execution {} ({})", jobName, last.getId(), status);
                    JobExecution failed = last;
                    return launch(jobName, parameters, () -> jobOperator.restart(failed));
                }
            }
            return launch(jobName, parameters, () -> jobOperator.start(job, parameters));
        } finally {
            RunLogContext.restore(logContext);
        }
    }

    /**
     * Resumes an unfinished run with its original parameters: a given execution, or else the latest run that
     * failed, stopped or was left behind by a process that died.
     *
     * @return the new execution, or empty when nothing is left to resume
     */
    public Optional<JobExecution> restart(Long executionId) throws Exception {
        JobExecution target;
        if (executionId != null) {
            target = history.findExecution(executionId) == null ? null : jobRepository.getJobExecution(executionId);
            if (target == null) {
                throw new IllegalArgumentException("没有编号为 #" + executionId + " 的作业执行（scorecard jobs 可列出）");
            }
        } else {
            Optional<JobExecutionSummary> latest = latestRestartable();
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            target = jobRepository.getJobExecution(latest.get().executionId());
        }
        String jobName = target.getJobInstance().getJobName();
        JobParameters parameters = target.getJobParameters();
        String logContext = MDC.get(RunLogContext.RUN);
        try (RunLock lock = lock(jobName, parameters)) {
            JobExecution last = recoverInstance(jobRepository.getLastJobExecution(target.getJobInstance()), lock);
            switch (last.getStatus()) {
                case COMPLETED ->
                    throw new AlreadyCompleteException(
                            jobName + " " + subjectOf(jobName, parameters) + " 已完成（执行 #" + last.getId() + "），没有需要继续的");
                case FAILED, STOPPED -> {
                    if (RejectedInput.EXIT_CODE.equals(last.getExitStatus().getExitCode())) {
                        String why = last.getExitStatus().getExitDescription();
                        throw new NothingToResumeException(subjectOf(jobName, parameters) + "（" + jobName + " 执行 #"
                                + last.getId() + "）已被拒绝"
                                + (why == null || why.isBlank()
                                        ? ""
                                        : "（" + why.lines().findFirst().orElse("") + "）")
                                + "，没有可继续的：改正后重新导入");
                    }
                    JobExecution resumed = last;
                    log.info("Restarting {} execution {} ({}) on request", jobName, last.getId(), last.getStatus());
                    return Optional.of(launch(jobName, parameters, () -> jobOperator.restart(resumed)));
                }
                default ->
                    throw new IllegalStateException(jobName + " " + subjectOf(jobName, parameters) + " 执行 #"
                            + last.getId() + " 的状态是 " + last.getStatus() + "，不能继续运行");
            }
        } finally {
            RunLogContext.restore(logContext);
        }
    }

    /**
     * The newest run worth resuming: unfinished, not running in a live process, not superseded by a later
     * completed run of the same job and period, and not one whose input was refused as a whole.
     */
    public Optional<JobExecutionSummary> latestRestartable() {
        List<JobExecutionSummary> recent = history.findRecentExecutions(200);
        for (JobExecutionSummary candidate : history.findUnfinishedExecutions()) {
            boolean superseded = recent.stream()
                    .anyMatch(e -> e.executionId() > candidate.executionId()
                            && e.jobName().equals(candidate.jobName())
                            && "COMPLETED".equals(e.status())
                            && java.util.Objects.equals(e.parameter(), candidate.parameter()));
            boolean rejected = RejectedInput.EXIT_CODE.equals(candidate.exitCode());
            if (!superseded && !rejected && !isReallyRunning(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether an execution marked as running really runs: a live process holds its lock. */
    public boolean isReallyRunning(JobExecutionSummary execution) {
        if (!BatchStatus.valueOf(execution.status()).isRunning()) {
            return false;
        }
        JobExecution full = jobRepository.getJobExecution(execution.executionId());
        RunLockRow holder = locks.holder(JobParameterNames.lockNameOf(execution.jobName(), full.getJobParameters()));
        return holder != null && locks.liveness(holder) == RunLocks.Liveness.ALIVE;
    }

    private RunLock lock(String jobName, JobParameters parameters) {
        MDC.put(RunLogContext.RUN, RunLogContext.label(jobName, parameters, null));
        RunLock lock = locks.acquire(
                JobParameterNames.lockNameOf(jobName, parameters), subjectOf(jobName, parameters), jobName);
        activeRuns.guardedBy(lock);
        lock.whenClosed(() -> activeRuns.released(lock));
        try {
            RunLockRow previous = lock.previousOwner();
            if (previous != null && previous.jobExecutionId() != null) {
                JobExecution abandoned = jobRepository.getJobExecution(previous.jobExecutionId());
                if (abandoned != null) {
                    recoverInstance(abandoned, lock);
                }
            }
            return lock;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Makes a run that we know nobody works on (we hold its lock) restartable, and returns its last execution as
     * it now stands. Two kinds of leftovers block Spring Batch's restart: executions still marked as running (the
     * process died: kill -9, power cut) and executions or steps marked UNKNOWN (the database went away while
     * the job repository recorded a step's end, so it could not say how the step ended). Spring Batch treats
     * UNKNOWN as needing a person; here it is safe to fail it: every chunk commits its data together with its
     * step's progress in one transaction of the same database, so what the repository says was committed is
     * exactly what was, and the restart redoes the rest. Earlier executions of the run count too: Spring Batch
     * refuses to restart while any of them is UNKNOWN.
     */
    private JobExecution recoverInstance(JobExecution last, RunLock lock) {
        for (JobExecution execution : jobRepository.getJobExecutions(last.getJobInstance())) {
            if (needsRecovery(execution)) {
                recover(execution, lock);
            }
        }
        return jobRepository.getLastJobExecution(last.getJobInstance());
    }

    private static boolean needsRecovery(JobExecution execution) {
        return left(execution.getStatus())
                || execution.getStepExecutions().stream().anyMatch(s -> left(s.getStatus()));
    }

    /** Running (STARTING, STARTED, STOPPING) or UNKNOWN: what only a live process or a lost record leaves. */
    private static boolean left(BatchStatus status) {
        return status.isRunning() || status == BatchStatus.UNKNOWN;
    }

    /** Marks the execution and its unfinished steps FAILED, saying why. */
    private void recover(JobExecution abandoned, RunLock lock) {
        RunLockRow previous = lock.previousOwner();
        String why;
        boolean recordLost = !abandoned.getStatus().isRunning()
                || abandoned.getStepExecutions().stream().anyMatch(s -> s.getStatus() == BatchStatus.UNKNOWN);
        if (recordLost) {
            why = "运行中断：数据库中断时未能记下步骤的结束";
        } else {
            why = "运行中断："
                    + (previous == null
                            ? "没有存活的进程持有它"
                            : "原进程 " + previous.processId() + "@" + previous.hostName() + " 已不在运行");
        }
        log.warn(
                "Execution {} of {} was left {} ({}); recovering it and its unfinished steps as FAILED",
                abandoned.getId(),
                abandoned.getJobInstance().getJobName(),
                abandoned.getStatus(),
                previous == null ? "no live process holds its lock" : "previous lock owner " + previous.owner());
        LocalDateTime now = LocalDateTime.now();
        BatchStatus was = abandoned.getStatus();
        if (left(was)) {
            abandoned.setStatus(BatchStatus.FAILED); // first: a step's update must not see a stopping job
        }
        for (StepExecution step : abandoned.getStepExecutions()) {
            if (left(step.getStatus())) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
                if (step.getEndTime() == null) {
                    step.setEndTime(now);
                }
                jobRepository.update(step);
            }
        }
        if (left(was)) {
            abandoned.setExitStatus(ExitStatus.FAILED.addExitDescription(why + "；已恢复为 FAILED，可继续运行"));
            if (abandoned.getEndTime() == null) {
                abandoned.setEndTime(now);
            }
            jobRepository.update(abandoned);
        }
    }

    private JobExecution launch(String jobName, JobParameters parameters, Callable<JobExecution> launch)
            throws Exception {
        try {
            JobExecution execution = launch.call();
            audit.ended(jobName, parameters, execution);
            return execution;
        } catch (Exception e) {
            if (Failures.isDatabaseUnavailable(e)) {
                throw new RunFailedException(
                        jobName + " " + subjectOf(jobName, parameters) + " 因" + Failures.reason(e)
                                + "而中断，运行记录未能写完。数据库恢复后运行 scorecard restart 即可继续。",
                        e);
            }
            throw e;
        }
    }
}
