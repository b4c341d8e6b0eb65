package org.zsyz.scorecard.batch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run events as the log file gets them: one line each, carrying the run's job, period and execution id;
 * an expected failure (a missing prerequisite, a full disk, the database) without a stack trace, a bug with one.
 */
class RunEventListenerTest {

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger runs = (Logger) LoggerFactory.getLogger(RunEventListener.RUN_EVENTS);
    final RunEventListener listener =
            new RunEventListener(new ActiveRuns(Mockito.mock(JobOperator.class)), Mockito.mock(JobRepository.class));
    JobExecution job;

    @BeforeEach
    void capture() {
        logged.start();
        runs.addAppender(logged);
        runs.setLevel(ch.qos.logback.classic.Level.INFO);
        job = new JobExecution(
                57L,
                new JobInstance(12L, "monthly"),
                new JobParametersBuilder().addString("period", "2025-09").toJobParameters());
        job.setStartTime(LocalDateTime.now().minusSeconds(3));
    }

    @AfterEach
    void release() {
        runs.detachAppender(logged);
        MDC.clear();
    }

    StepExecution failedStep(Throwable failure) {
        StepExecution step = new StepExecution(7L, "importReturn", job);
        step.setStartTime(LocalDateTime.now().minusSeconds(1));
        step.setStatus(BatchStatus.FAILED);
        step.setWriteCount(2);
        step.addFailureException(failure);
        return step;
    }

    @Test
    void everyLineOfARunCarriesItsJobPeriodAndExecution() {
        listener.beforeJob(job);
        listener.beforeStep(new StepExecution(7L, "importReturn", job));

        assertThat(logged.list)
                .extracting(e -> e.getMDCPropertyMap().get(RunLogContext.RUN))
                .containsOnly("monthly 2025-09 #57");
        assertThat(logged.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Started monthly (period=2025-09)", "Step importReturn started");
    }

    @Test
    void anExpectedFailureIsOneLineWithoutAStackTrace() {
        listener.afterStep(failedStep(new UncheckedIOException(new IOException("No space left on device"))));

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage())
                    .startsWith("Step importReturn failed after 2 written, in ")
                    .endsWith(": 磁盘空间已满，写入失败。请用 df -h 查看哪个磁盘已满（工作目录、数据库或临时目录所在的磁盘），清理出空间后" + "重新运行同一命令，即从中断处继续");
            assertThat(e.getThrowableProxy()).isNull();
        });
    }

    @Test
    void aBugKeepsItsStackTraceForTheLogFile() {
        listener.afterStep(failedStep(new NullPointerException("boom")));

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains("boom", "unexpected");
            assertThat(e.getThrowableProxy()).isNotNull();
        });
    }

    @Test
    void durationsAreShortAndKeepTheirFractions() {
        assertThat(RunEventListener.format(Duration.ofMillis(1234))).isEqualTo("1.23s");
        assertThat(RunEventListener.format(Duration.ofMillis(12_345))).isEqualTo("12.3s");
        assertThat(RunEventListener.format(Duration.ofSeconds(245))).isEqualTo("4m05s");
        assertThat(RunEventListener.format(Duration.ofMinutes(62))).isEqualTo("1h02m");
    }

    /** A refusal of this project's own, as a step's failure; it is the whole input that is refused. */
    static final class Refused extends IllegalStateException implements RejectedInput {
        Refused(String message) {
            super(message);
        }
    }

    @Test
    void aFailedRunRecordsTheReasonOfAnExpectedFailureAboveSpringBatchsTrace() {
        String trace = "org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk";
        job.setStatus(BatchStatus.FAILED);
        job.setExitStatus(new ExitStatus("FAILED", trace));
        job.addFailureException(new RuntimeException("Unable to process chunk", new Refused("x.xlsx：发现 2 处错误")));

        listener.afterJob(job);

        assertThat(job.getExitStatus().getExitCode()).isEqualTo(RejectedInput.EXIT_CODE);
        assertThat(job.getExitStatus().getExitDescription()).isEqualTo("x.xlsx：发现 2 处错误\n" + trace);
    }

    @Test
    void aBugsTraceAndExitCodeStayAsSpringBatchRecordedThem() {
        job.setStatus(BatchStatus.FAILED);
        job.setExitStatus(new ExitStatus("FAILED", "java.lang.NullPointerException: 空"));
        job.addFailureException(new NullPointerException("空"));

        listener.afterJob(job);

        assertThat(job.getExitStatus().getExitCode()).isEqualTo("FAILED");
        assertThat(job.getExitStatus().getExitDescription()).isEqualTo("java.lang.NullPointerException: 空");
    }
}
