package org.zsyz.scorecard.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.lock.ProcessIdentity;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.history.JobExecutionSummary;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Restartability in the style of the spring-batch-samples restart tests: the first run of the month fails
 * part-way (the database going away while importing, a full disk while rendering, a bug while assessing, the
 * process dying), having written N items; the resumed run completes with the right totals — and ends with
 * exactly the database state and the files of a run that never failed: no duplicate rows, no lost returns, no
 * half publication. Runs on H2 and on MariaDB.
 */
@ScorecardTest
@Import(RestartFunctionalTests.Faults.class)
@TestPropertySource(properties = {"scorecard.progress.terminal=never", "scorecard.publish.render-threads=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RestartFunctionalTests {

    static final Path home = WorkingFolder.of(RestartFunctionalTests.class);

    @TestConfiguration
    static class Faults {

        @Bean
        static InjectedFailures injectedFailures() {
            return new InjectedFailures();
        }

        /** A fixed day, so the reference and the resumed run print the same date on every document. */
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2025-10-05T18:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    ScorecardOperations operations;

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    InjectedFailures faults;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    String referenceState;
    String referenceFiles;

    @BeforeAll
    void uninterruptedReference() throws Exception {
        freshMonth();
        JobExecution run = operations.monthly(SampleMonth.PERIOD, null, false);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        referenceState = DatabaseSnapshot.of(jdbc);
        referenceFiles = DatabaseSnapshot.files(home);
        assertThat(count("SELECT COUNT(*) FROM return_submission WHERE period = '2025-09'"))
                .isEqualTo(SampleMonth.UNITS);
        assertThat(count("SELECT COUNT(*) FROM unit_score WHERE period = '2025-09'"))
                .isEqualTo(SampleMonth.UNITS);
        assertThat(home.resolve("out/2025-09/MANIFEST.sha256")).exists();
    }

    @BeforeEach
    void freshMonth() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        DatabaseCleaner.clean(dataSource);
        Path targets = SampleMonth.prepare(home);
        assertThat(operations.importTargets(targets, SampleMonth.YEAR).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @AfterEach
    void disarm() {
        faults.disarm();
    }

    @Test
    void anImportThatLosesTheDatabaseMidwayResumesWithoutDuplicatesOrLostReturns() throws Exception {
        // The third file's ledger insert fails as if the connection broke: two files are committed and filed.
        faults.arm(
                "LedgerProjectWriter.insertProjects",
                2,
                () -> new DataAccessResourceFailureException("Communications link failure"));

        JobExecution first = operations.monthly(SampleMonth.PERIOD, null, false);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step(first, "importReturn").getWriteCount()).isEqualTo(2);
        assertThat(first.getExitStatus().getExitDescription()).contains("Communications link failure");
        assertThat(count("SELECT COUNT(*) FROM return_submission WHERE period = '2025-09'"))
                .isEqualTo(2);
        assertThat(files(home.resolve("archive/2025-09"))).isEqualTo(2);
        assertThat(files(home.resolve("inbox/2025-09"))).isEqualTo(SampleMonth.UNITS - 2);
        assertThat(count("SELECT COUNT(*) FROM run_lock")).isZero();

        JobExecution resumed = runner.restart(null).orElseThrow();

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getInstanceId())
                .isEqualTo(first.getJobInstance().getInstanceId());
        assertThat(step(resumed, "importReturn").getWriteCount()).isEqualTo(SampleMonth.UNITS - 2);
        assertSameAsReference();
    }

    @Test
    void aPublicationThatRunsOutOfDiskResumesWithTheScorecardsItHadNotWritten() throws Exception {
        // One render partition, chunks of 4: two chunks' PDFs are written and committed, the third fails.
        faults.arm(
                "write:renderUnitScorecardRange:range0",
                2,
                () -> new UncheckedIOException(new IOException("No space left on device")));

        JobExecution first = operations.monthly(SampleMonth.PERIOD, null, false);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step(first, "renderUnitScorecards").getWriteCount()).isEqualTo(8);
        assertThat(first.getExitStatus().getExitDescription()).contains("No space left on device");
        assertThat(home.resolve("out/2025-09")).doesNotExist();
        assertThat(count("SELECT COUNT(*) FROM publication")).isZero();

        JobExecution resumed = operations.monthly(SampleMonth.PERIOD, null, false);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(resumed, "renderUnitScorecards").getWriteCount()).isEqualTo(SampleMonth.UNITS - 8);
        assertThat(resumed.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .doesNotContain("importReturn", "assessUnits");
        assertSameAsReference();
    }

    @Test
    void anAssessmentThatHitsABugLeavesNoHalfResultsAndResumes() throws Exception {
        // The unit scores' insert fails after the indicator results were inserted in the same transaction.
        faults.arm("AssessmentMapper.insertUnitScores", 0, () -> new IllegalStateException("a bug in the scoring"));

        JobExecution first = operations.monthly(SampleMonth.PERIOD, null, false);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step(first, "importReturn").getWriteCount()).isEqualTo(SampleMonth.UNITS);
        assertThat(step(first, "assessUnits").getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(count("SELECT COUNT(*) FROM indicator_result WHERE period = '2025-09'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM unit_score WHERE period = '2025-09'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM assessment_run WHERE period = '2025-09'"))
                .isZero();

        JobExecution resumed = runner.restart(first.getId()).orElseThrow();

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(resumed, "assessUnits").getWriteCount()).isEqualTo(SampleMonth.UNITS);
        assertSameAsReference();
    }

    @Test
    void aRunLeftRunningByAProcessThatDiedIsRecoveredAndResumed() throws Exception {
        faults.arm(
                "LedgerProjectWriter.insertProjects",
                5,
                () -> new DataAccessResourceFailureException("Communications link failure"));
        JobExecution first = operations.monthly(SampleMonth.PERIOD, null, false);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        // What kill -9 leaves: the execution and its step still STARTED, the lock row of a process that is gone.
        jdbc.update(
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
                        + "WHERE JOB_EXECUTION_ID = ?",
                first.getId());
        jdbc.update(
                "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL "
                        + "WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'",
                first.getId());
        ProcessIdentity self = ProcessIdentity.current();
        long deadProcess = deadProcessId();
        jdbc.update(
                "INSERT INTO run_lock (lock_name, owner, host_name, host_key, process_id, process_started_at, "
                        + "job_name, job_execution_id, acquired_at, heartbeat_at) VALUES ('period:2025-09', ?, ?, ?, ?, 0, "
                        + "'monthly', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                self.hostName() + ":" + deadProcess + ":dead",
                self.hostName(),
                self.hostKey(),
                deadProcess,
                first.getId());

        Optional<JobExecutionSummary> found = runner.latestRestartable();
        assertThat(found).hasValueSatisfying(e -> {
            assertThat(e.executionId()).isEqualTo(first.getId());
            assertThat(e.status()).isEqualTo("STARTED");
        });

        JobExecution resumed = runner.restart(null).orElseThrow();

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JobExecution recovered = jobRepository.getJobExecution(first.getId());
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getExitStatus().getExitDescription()).contains("运行中断", "已不在运行");
        assertThat(step(resumed, "importReturn").getWriteCount()).isEqualTo(SampleMonth.UNITS - 5);
        assertSameAsReference();
    }

    @Test
    void aRunWhoseEndTheDatabaseCouldNotRecordIsLeftUnknownAndTheSameCommandResumesIt() throws Exception {
        faults.arm(
                "LedgerProjectWriter.insertProjects",
                4,
                () -> new DataAccessResourceFailureException("Communications link failure"));
        JobExecution first = operations.monthly(SampleMonth.PERIOD, null, false);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        // What Spring Batch records when the database is back for the job's end but was gone for the step's:
        // the step and then the job UNKNOWN, which it refuses to restart on its own.
        jdbc.update(
                "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' "
                        + "WHERE JOB_EXECUTION_ID = ? AND STATUS = 'FAILED'",
                first.getId());
        jdbc.update(
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN', EXIT_CODE = 'UNKNOWN' WHERE JOB_EXECUTION_ID = ?",
                first.getId());
        assertThat(runner.latestRestartable())
                .hasValueSatisfying(e -> assertThat(e.status()).isEqualTo("UNKNOWN"));

        JobExecution resumed = operations.monthly(SampleMonth.PERIOD, null, false);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getInstanceId())
                .isEqualTo(first.getJobInstance().getInstanceId());
        JobExecution recovered = jobRepository.getJobExecution(first.getId());
        assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(recovered.getExitStatus().getExitDescription()).contains("运行中断", "数据库中断时未能记下步骤的结束");
        assertThat(recovered.getStepExecutions())
                .extracting(StepExecution::getStatus)
                .doesNotContain(BatchStatus.UNKNOWN);
        assertThat(step(resumed, "importReturn").getWriteCount()).isEqualTo(SampleMonth.UNITS - 4);
        assertSameAsReference();
    }

    @Test
    void theImportJobOnItsOwnResumesOnlyTheFilesLeftInTheInbox() throws Exception {
        faults.arm(
                "LedgerProjectWriter.insertProjects",
                3,
                () -> new DataAccessResourceFailureException("Communications link failure"));

        JobExecution first = operations.importReturns(SampleMonth.PERIOD, null);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step(first, "importReturn").getWriteCount()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM return_submission")).isEqualTo(3);

        // The same command again: what is left in the inbox is a new import; the failed one is superseded.
        JobExecution again = operations.importReturns(SampleMonth.PERIOD, null);

        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step(again, "importReturn").getWriteCount()).isEqualTo(SampleMonth.UNITS - 3);
        assertThat(count("SELECT COUNT(*) FROM return_submission")).isEqualTo(SampleMonth.UNITS);
        assertThat(count("SELECT COUNT(*) FROM (SELECT unit_code FROM return_submission GROUP BY unit_code, period, "
                        + "sha256 HAVING COUNT(*) > 1) d"))
                .isZero();
        assertThat(runner.latestRestartable()).isEmpty();
        assertThat(operations.assess(SampleMonth.PERIOD).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(operations.publish(SampleMonth.PERIOD, false).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertSameAsReference();
    }

    @Test
    void thePublishJobOnItsOwnResumesWithTheSameDateAndFiles() throws Exception {
        assertThat(operations.importReturns(SampleMonth.PERIOD, null).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(operations.assess(SampleMonth.PERIOD).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        faults.arm(
                "write:renderUnitScorecardRange:range0",
                2,
                () -> new UncheckedIOException(new IOException("No space left on device")));

        JobExecution first = operations.publish(SampleMonth.PERIOD, false);

        assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(step(first, "renderUnitScorecards").getWriteCount()).isEqualTo(8);
        assertThat(home.resolve("out/2025-09")).doesNotExist();

        JobExecution resumed = runner.restart(null).orElseThrow();

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getJobName()).isEqualTo("publish");
        assertThat(step(resumed, "renderUnitScorecards").getWriteCount()).isEqualTo(SampleMonth.UNITS - 8);
        assertSameAsReference();
    }

    private void assertSameAsReference() {
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(referenceState);
        assertThat(DatabaseSnapshot.files(home)).isEqualTo(referenceFiles);
        assertThat(runner.latestRestartable()).isEmpty();
    }

    static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + execution.getStepExecutions()));
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    static long files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** The id of a process that has just ended: certainly not running. */
    static long deadProcessId() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
