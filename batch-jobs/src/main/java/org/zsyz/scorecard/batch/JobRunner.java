package org.zsyz.scorecard.batch;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or restarts its failed run: launching with the same identifying parameters as a run that
 * failed resumes that run with its original parameters (so, for one, a restarted publication prints the
 * date of the first attempt). A completed run is not repeated.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Map<String, Job> jobs;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, List<Job> jobs) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
    }

    /** Thrown when the same run already completed: nothing to do. */
    public static class AlreadyCompleteException extends RuntimeException {
        public AlreadyCompleteException(String message) {
            super(message);
        }
    }

    public JobExecution run(String jobName, JobParameters parameters) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("No job named " + jobName);
        }
        JobExecution last = jobRepository.getLastJobExecution(jobName, parameters);
        if (last != null) {
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED) {
                throw new AlreadyCompleteException(jobName + " " + describe(parameters) + " 已于 "
                        + last.getEndTime() + " 完成（执行 #" + last.getId() + "）");
            }
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                log.info("Restarting {} execution {} ({})", jobName, last.getId(), status);
                return jobOperator.restart(last);
            }
        }
        return jobOperator.start(job, parameters);
    }

    private static String describe(JobParameters parameters) {
        return parameters.toString();
    }
}
