package org.zsyz.scorecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.batch.InjectedFailures;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.lock.ProcessIdentity;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.testsupport.OnH2;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The schedule of {@code scorecard serve} against the real jobs: on 20 October (a fixed clock) the run of 6
 * October is overdue, so starting the schedule catches up September at once; a first attempt that fails is
 * tried again and resumes; a month already published is left alone; a month another process is running is not
 * doubled, but resumed once that process has died.
 */
@OnH2
@ScorecardTest
@Import(MonthlyScheduleOnH2Tests.TwentiethOfOctober.class)
@TestPropertySource(
        properties = {
            "scorecard.schedule.retry-delay=PT1S",
            "scorecard.progress.terminal=never",
            "scorecard.lock.heartbeat=PT1S",
            "scorecard.lock.lease=PT2S"
        })
class MonthlyScheduleOnH2Tests {

    static final Path home = WorkingFolder.of(MonthlyScheduleOnH2Tests.class);

    @TestConfiguration
    static class TwentiethOfOctober {

        @Bean
        @Primary
        Clock twentiethOfOctober() {
            return Clock.fixed(Instant.parse("2025-10-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }

        @Bean
        static InjectedFailures injectedFailures() {
            return new InjectedFailures();
        }
    }

    @Autowired
    MonthlySchedule schedule;

    @Autowired
    ScorecardOperations operations;

    @Autowired
    InjectedFailures faults;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;

    @BeforeEach
    void sampleMonth() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        DatabaseCleaner.clean(dataSource);
        operations.importTargets(SampleMonth.prepare(home), SampleMonth.YEAR);
    }

    @AfterEach
    void stop() {
        schedule.stop();
        faults.disarm();
    }

    int monthlyExecutions(String status) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'monthly' AND e.STATUS = ?",
                Integer.class,
                status);
    }

    @Test
    void startingAfterTheMonthsTimeCatchesItUpAndWaitsForTheNext() {
        schedule.start();

        await().atMost(Duration.ofSeconds(120)).until(() -> monthlyExecutions("COMPLETED") == 1);
        assertThat(jdbc.queryForObject("SELECT period FROM publication", String.class))
                .isEqualTo("2025-09");
        assertThat(schedule.next()).hasValueSatisfying(next -> {
            assertThat(next.toLocalDateTime()).hasToString("2025-11-06T02:00");
            assertThat(MonthlySchedule.periodFor(next)).isEqualTo(YearMonth.of(2025, 10));
        });
    }

    @Test
    void aFailedAttemptIsTriedAgainAndResumesWhereItStopped() {
        faults.arm(
                "LedgerProjectWriter.insertProjects",
                4,
                () -> new DataAccessResourceFailureException("Communications link failure"));

        schedule.start();

        await().atMost(Duration.ofSeconds(120)).until(() -> monthlyExecutions("COMPLETED") == 1);
        assertThat(faults.fired()).isTrue();
        assertThat(monthlyExecutions("FAILED")).isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthly'", Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_submission", Integer.class))
                .isEqualTo(SampleMonth.UNITS);
    }

    @Test
    void aMonthAlreadyPublishedIsLeftAlone() throws Exception {
        operations.monthly(SampleMonth.PERIOD, null, false);

        schedule.start();
        Thread.sleep(3000);

        assertThat(monthlyExecutions("COMPLETED")).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void aMonthAnotherProcessWasRunningIsResumedOnceThatProcessDies() throws Exception {
        // September as a process killed mid-import leaves it: its execution and step STARTED, its lock held by
        // that process's id — here a process that still runs, until the test ends it.
        faults.arm(
                "LedgerProjectWriter.insertProjects",
                5,
                () -> new DataAccessResourceFailureException("Communications link failure"));
        JobExecution first = operations.monthly(SampleMonth.PERIOD, null, false);
        faults.disarm();
        jdbc.update(
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
                        + "WHERE JOB_EXECUTION_ID = ?",
                first.getId());
        jdbc.update(
                "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
                        + "WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'",
                first.getId());
        Process other = new ProcessBuilder("sleep", "600").start();
        try {
            ProcessIdentity self = ProcessIdentity.current();
            jdbc.update(
                    "INSERT INTO run_lock (lock_name, owner, host_name, host_key, process_id, process_started_at, "
                            + "job_name, job_execution_id, acquired_at, heartbeat_at) VALUES ('period:2025-09', ?, ?, ?, ?, ?, "
                            + "'monthly', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    self.hostName() + ":" + other.pid() + ":other",
                    self.hostName(),
                    self.hostKey(),
                    other.pid(),
                    other.info().startInstant().map(Instant::toEpochMilli).orElse(0L),
                    first.getId());

            schedule.start();
            Thread.sleep(3000);

            assertThat(monthlyExecutions("STARTED"))
                    .as("not doubled while the other process lives")
                    .isOne();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                                    + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'monthly'",
                            Integer.class))
                    .isOne();

            other.destroyForcibly();
            other.waitFor();

            await().atMost(Duration.ofSeconds(60)).until(() -> monthlyExecutions("COMPLETED") == 1);
        } finally {
            other.destroyForcibly();
        }
        assertThat(monthlyExecutions("FAILED")).isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                        String.class,
                        first.getId()))
                .contains("运行中断", "已不在运行");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthly'", Integer.class))
                .isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_submission", Integer.class))
                .isEqualTo(SampleMonth.UNITS);
        assertThat(jdbc.queryForObject("SELECT period FROM publication", String.class))
                .isEqualTo("2025-09");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class) == 0);
    }
}
