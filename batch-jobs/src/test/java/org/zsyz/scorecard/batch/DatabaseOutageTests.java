package org.zsyz.scorecard.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.ScorecardApplication;
import org.zsyz.scorecard.cli.ScorecardCommand;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/**
 * A real database outage mid-run, on a MariaDB server of the test's own: killed (SIGKILL) while the returns are
 * imported and while the scorecards are rendered, frozen (SIGSTOP) while the month is assessed, then started (or
 * continued) again. The run fails in bounded time, with whatever the job repository could still record (steps and
 * the job often end UNKNOWN or stay STARTED); the documented resume — {@code scorecard restart <id>} or the same
 * {@code monthly} again — then finishes it with exactly the database state and files of an uninterrupted run. One
 * scenario runs the command line as its own process, as users do. Uses the mysql profile's own timeouts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTests {

    static final String DATABASE = "scorecard_test_outage";

    PrivateMariaDb db;
    Path home;
    ConfigurableApplicationContext app;
    JdbcTemplate jdbc;
    ScorecardOperations operations;
    JobRunner runner;
    final StepHooks hooks = new StepHooks();
    String referenceState;
    String referenceFiles;
    LocalDate referenceDay;

    @BeforeAll
    void startServerAndRunTheReference() throws Exception {
        assumeTrue(
                PrivateMariaDb.available() || TestDatabases.MYSQL_REQUIRED,
                "no /usr/sbin/mariadbd to start a private server (SCORECARD_REQUIRE_MYSQL=true makes this a failure)");
        db = new PrivateMariaDb();
        home = Files.createTempDirectory("outage");
        app = new SpringApplicationBuilder(ScorecardApplication.class)
                .logStartupInfo(false)
                .run(applicationArguments().toArray(String[]::new));
        hooks.install(app);
        jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        operations = app.getBean(ScorecardOperations.class);
        runner = app.getBean(JobRunner.class);

        freshMonth();
        referenceDay = LocalDate.now();
        assertThat(operations.monthly(SampleMonth.PERIOD, null, false).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        referenceState = DatabaseSnapshot.of(jdbc);
        referenceFiles = DatabaseSnapshot.files(home);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_score", Integer.class))
                .isEqualTo(SampleMonth.UNITS);
    }

    List<String> applicationArguments() {
        return List.of(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + db.url(DATABASE),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--scorecard.home=" + home,
                "--scorecard.progress.terminal=never",
                "--scorecard.publish.render-threads=1");
    }

    @AfterAll
    void stopServer() throws Exception {
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.close();
        }
        if (home != null) {
            SampleMonth.deleteTree(home);
        }
    }

    @BeforeEach
    void freshMonth() throws Exception {
        hooks.disarm();
        DatabaseCleaner.clean(app.getBean(DataSource.class));
        Path targets = SampleMonth.prepare(home);
        assertThat(operations.importTargets(targets, SampleMonth.YEAR).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    @AfterEach
    void serverUp() throws Exception {
        hooks.disarm();
        db.thaw();
    }

    @Test
    void theServerKilledDuringTheImportAndBackSecondsLaterThenRestartIdFinishesTheMonth() throws Exception {
        hooks.afterWrites("importReturn", 3, this::killAndStartLater);

        Duration took = timed(() -> monthlyOutcome());
        JobExecution first = latestMonthly();

        assertThat(took).isLessThan(Duration.ofSeconds(60));
        assertThat(hooks.fired()).isTrue();
        assertThat(first.getStatus()).isNotEqualTo(BatchStatus.COMPLETED);
        assertThat(leftoverLoadFiles()).isEmpty();
        // scorecard jobs never shows it as running: FAILED where the server was back in time for Spring Batch to
        // record the failure (on a fast host it is), else interrupted, whatever it could record (UNKNOWN, or STARTED)
        StringWriter jobs = new StringWriter();
        List<String> args = new ArrayList<>(List.of("jobs"));
        args.addAll(applicationArguments());
        assertThat(ScorecardCommand.execute(
                        args.toArray(String[]::new), new PrintWriter(jobs), new PrintWriter(new StringWriter())))
                .isZero();
        assertThat(jobs.toString()).containsPattern("monthly +2025-09 +(FAILED |(UNKNOWN|STARTED)（已中断）)");

        JobExecution resumed = runner.restart(first.getId()).orElseThrow();

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getInstanceId())
                .isEqualTo(first.getJobInstance().getInstanceId());
        assertSameAsReference();
    }

    @Test
    void theServerKilledDuringTheRenderingThenTheSameMonthlyCommandFinishesIt() throws Exception {
        hooks.afterWrites("renderUnitScorecardRange", 1, this::killAndStartLater);

        monthlyOutcome();
        JobExecution first = latestMonthly();

        assertThat(hooks.fired()).isTrue();
        assertThat(first.getStatus()).isNotEqualTo(BatchStatus.COMPLETED);
        assertThat(home.resolve("out/2025-09")).doesNotExist();

        JobExecution resumed = operations.monthly(SampleMonth.PERIOD, null, false);

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(resumed.getJobInstance().getInstanceId())
                .isEqualTo(first.getJobInstance().getInstanceId());
        assertSameAsReference();
    }

    @Test
    void aServerFrozenDuringTheAssessmentEndsTheRunInAboutAMinuteAndRestartFinishesIt() throws Exception {
        hooks.beforeStep("assessUnits", () -> db.freeze());

        Duration took = timed(() -> monthlyOutcome());
        db.thaw();

        assertThat(hooks.fired()).isTrue();
        assertThat(took)
                .as("a frozen database ends the run within about a minute")
                .isLessThan(Duration.ofSeconds(75));
        JobExecution first = latestMonthly();
        assertThat(first.getStatus()).isNotEqualTo(BatchStatus.COMPLETED);

        JobExecution resumed = runner.restart(first.getId()).orElseThrow();

        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertSameAsReference();
    }

    @Test
    void theCommandLineAsItsOwnProcessExitsOneOnAnOutageAndTheRestartItNamesFinishesTheMonth() throws Exception {
        Path archive = home.resolve("archive/2025-09");
        // What an import killed (kill -9) while loading leaves in the load folder: the next import removes it.
        Path killed = plantLoadFileOfADeadProcess();
        Child child = scorecard("monthly", "--period", "2025-09");
        Process monthly = child.process();
        // The server dies once the child has imported its first return, and comes back three seconds later.
        while (monthly.isAlive() && SampleMonth.count(archive) == 0) {
            Thread.sleep(5);
        }
        assertThat(SampleMonth.count(archive))
                .as("still importing when the database goes away")
                .isBetween(1L, (long) SampleMonth.UNITS - 1);
        killAndStartLater();
        assertThat(monthly.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = child.output();

        assertThat(monthly.exitValue()).as(output).isEqualTo(1);
        assertThat(killed).doesNotExist();
        Matcher restart = Pattern.compile("scorecard restart (\\d+)").matcher(output);
        assertThat(restart.find()).as(output).isTrue();
        assertThat(leftoverLoadFiles()).isEmpty();

        Child again = scorecard("restart", restart.group(1));
        Process resume = again.process();
        assertThat(resume.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String resumed = again.output();

        assertThat(resume.exitValue()).as(resumed).isZero();
        assertThat(resumed).contains("COMPLETED").doesNotContain("不能继续运行", "Cannot restart");
        assertSameAsReference();
    }

    @Test
    void aWrongPasswordIsReportedAsRefusedNotAsAnUnavailableDatabase() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(
                "jobs",
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + db.url(DATABASE),
                "--spring.datasource.username=root",
                "--spring.datasource.password=not-the-password",
                "--scorecard.home=" + home));

        int code = ScorecardCommand.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("数据库拒绝了登录的用户名或密码", "Access denied for user 'root'")
                .doesNotContain("数据库不可用");
    }

    /** Kills the server now and starts it again three seconds later, while the run is still failing. */
    void killAndStartLater() throws Exception {
        db.kill();
        CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(3000);
                db.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Runs the month; the outage makes it fail or throw (its end could not be recorded). */
    void monthlyOutcome() {
        try {
            JobExecution run = operations.monthly(SampleMonth.PERIOD, null, false);
            assertThat(run.getStatus()).isNotEqualTo(BatchStatus.COMPLETED);
        } catch (Exception e) {
            assertThat(Failures.isExpected(e)).as(Failures.reason(e)).isTrue();
        }
    }

    JobExecution latestMonthly() throws Exception {
        waitForServer();
        Long id = jdbc.queryForObject(
                "SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                        + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'monthly'",
                Long.class);
        return app.getBean(org.springframework.batch.core.repository.JobRepository.class)
                .getJobExecution(id);
    }

    void waitForServer() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try {
                jdbc.queryForObject("SELECT 1", Integer.class);
                return;
            } catch (RuntimeException notYet) {
                Thread.sleep(100);
            }
        }
    }

    void assertSameAsReference() {
        assumeTrue(LocalDate.now().equals(referenceDay), "the day changed since the reference run: its dates differ");
        assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(referenceState);
        assertThat(DatabaseSnapshot.files(home)).isEqualTo(referenceFiles);
        assertThat(runner.latestRestartable()).isEmpty();
        assertThat(leftoverLoadFiles()).isEmpty();
    }

    Path plantLoadFileOfADeadProcess() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        long started =
                ended.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        ended.waitFor();
        Path folder = Files.createDirectories(home.resolve("work/load")
                .resolve(org.zsyz.scorecard.lock.ProcessIdentity.current()
                                .hostKey()
                                .substring(0, 12) + "-" + ended.pid() + "-" + started));
        return Files.writeString(folder.resolve("ledger_project-4711.tsv"), "1\t419902-2023-001\n");
    }

    List<Path> leftoverLoadFiles() {
        Path load = home.resolve("work/load");
        if (!Files.isDirectory(load)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(load)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean hasPdf(Path staging) {
        if (!Files.isDirectory(staging)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".pdf"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false; // a file renamed meanwhile
        }
    }

    record Child(Process process, Path outputFile) {
        String output() throws java.io.IOException {
            return Files.readString(outputFile, StandardCharsets.UTF_8);
        }
    }

    /** The command line in a JVM of its own, in the working folder, on the private server. */
    Child scorecard(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ScorecardCommand.class.getName()));
        command.addAll(List.of(args));
        command.addAll(applicationArguments());
        Path output = Files.createTempFile("outage-child-", ".txt");
        output.toFile().deleteOnExit();
        return new Child(
                new ProcessBuilder(command)
                        .directory(home.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start(),
                output);
    }

    static Duration timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
