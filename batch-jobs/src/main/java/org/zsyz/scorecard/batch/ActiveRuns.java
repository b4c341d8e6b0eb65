package org.zsyz.scorecard.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.lock.RunLock;

/**
 * The runs this process is working on, each with the lock that guards it: the lock learns its execution id
 * as soon as the job starts, a lost lock stops the run, and a shutting-down process can stop them all.
 */
@Component
public class ActiveRuns {

    private static final Logger log = LoggerFactory.getLogger(ActiveRuns.class);

    private final JobOperator jobOperator;
    private final Map<String, RunLock> locks = new ConcurrentHashMap<>();
    private final Map<Long, JobExecution> running = new ConcurrentHashMap<>();

    public ActiveRuns(JobOperator jobOperator) {
        this.jobOperator = jobOperator;
    }

    public void guardedBy(RunLock lock) {
        locks.put(lock.name(), lock);
    }

    /** The launch is over: whatever its executions managed to record, they no longer run here. */
    public void released(RunLock lock) {
        locks.remove(lock.name(), lock);
        running.values()
                .removeIf(e -> lock.name()
                        .equals(JobParameterNames.lockNameOf(e.getJobInstance().getJobName(), e.getJobParameters())));
    }

    /** A job of this process started: attach it to its lock. */
    public void started(JobExecution execution) {
        running.put(execution.getId(), execution);
        RunLock lock = locks.get(
                JobParameterNames.lockNameOf(execution.getJobInstance().getJobName(), execution.getJobParameters()));
        if (lock != null) {
            lock.attach(execution.getId());
            lock.onLost(() -> stop(execution));
        }
    }

    public void finished(JobExecution execution) {
        running.remove(execution.getId());
    }

    public List<JobExecution> running() {
        return List.copyOf(running.values());
    }

    /** Asks a run to stop at its next chunk boundary; it ends STOPPED and a restart resumes it. */
    public void stop(JobExecution execution) {
        try {
            jobOperator.stop(execution);
        } catch (Exception e) {
            log.warn("Could not stop execution {}: {}", execution.getId(), Failures.reason(e));
        }
    }
}
