package org.zsyz.scorecard.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.ScorecardApplication;
import org.zsyz.scorecard.lock.ProcessIdentity;
import org.zsyz.scorecard.lock.RunLockedException;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;

/**
 * Two runs of one period never work at once, also from two processes on one database: here two independent
 * application contexts (each with its own connection pool and job repository, as two processes have) launch
 * the same month together. Also: a lock held from another host is respected while its heartbeat is fresh and
 * taken over once it is older than the lease. On H2 (a shared file database, as two processes share ./data)
 * and on MariaDB.
 */
abstract class RunLockTests {

    @TempDir
    Path home;

    final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    /** The database both "processes" use. */
    abstract List<String> databaseArguments();

    ConfigurableApplicationContext process(Class<?>... extra) {
        List<String> args = new ArrayList<>(databaseArguments());
        args.add("--scorecard.home=" + home);
        args.add("--scorecard.lock.heartbeat=PT1S");
        args.add("--scorecard.lock.lease=PT5S");
        args.add("--scorecard.progress.terminal=never");
        List<Class<?>> sources = new ArrayList<>(List.of(ScorecardApplication.class));
        sources.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    @BeforeEach
    void freshMonth() throws Exception {
        ConfigurableApplicationContext first = process();
        DatabaseCleaner.clean(first.getBean(DataSource.class));
        Path targets = SampleMonth.prepare(home);
        first.getBean(ScorecardOperations.class).importTargets(targets, SampleMonth.YEAR);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    /** Holds every run of the context it is in at the start of its import until released. */
    static class Gate implements StepExecutionListener {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void beforeStep(StepExecution step) {
            if (step.getStepName().equals("importReturn")) {
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    static Gate gate(ConfigurableApplicationContext context) {
        Gate gate = new Gate();
        context.getBeansOfType(Step.class)
                .values()
                .forEach(s -> ((AbstractStep) s).registerStepExecutionListener(gate));
        return gate;
    }

    @Test
    void whileOneProcessRunsAMonthTheOtherIsRefusedForEveryJobOfThatMonth() throws Exception {
        ConfigurableApplicationContext a = contexts.get(0);
        ConfigurableApplicationContext b = process();
        Gate gate = gate(a);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<JobExecution> running =
                    pool.submit(() -> a.getBean(ScorecardOperations.class).monthly(SampleMonth.PERIOD, null, false));
            assertThat(gate.reached.await(60, TimeUnit.SECONDS)).isTrue();

            ScorecardOperations other = b.getBean(ScorecardOperations.class);
            assertThatThrownBy(() -> other.monthly(SampleMonth.PERIOD, null, false))
                    .isInstanceOf(RunLockedException.class)
                    .hasMessageContaining("2025-09 正在运行")
                    .hasMessageContaining("monthly")
                    .hasMessageContaining("进程 " + ProcessIdentity.current().processId());
            assertThatThrownBy(() -> other.assess(SampleMonth.PERIOD)).isInstanceOf(RunLockedException.class);
            assertThatThrownBy(() -> other.importReturns(SampleMonth.PERIOD, null))
                    .isInstanceOf(RunLockedException.class);
            // What the lock says while it is held: who, which execution.
            JdbcTemplate jdbc = new JdbcTemplate(b.getBean(DataSource.class));
            assertThat(jdbc.queryForObject(
                            "SELECT job_execution_id FROM run_lock WHERE lock_name = 'period:2025-09'", Long.class))
                    .isNotNull();
            assertThat(b.getBean(JobRunner.class).latestRestartable()).isEmpty();

            gate.release.countDown();
            assertThat(running.get(120, TimeUnit.SECONDS).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThatThrownBy(() -> other.monthly(SampleMonth.PERIOD, null, false))
                    .isInstanceOf(ScorecardOperations.AlreadyPublishedException.class);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                                    + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'monthly'",
                            Integer.class))
                    .isOne();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class))
                    .isZero();
        } finally {
            gate.release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesLaunchingTheSameMonthTogetherRunItOnce() throws Exception {
        ConfigurableApplicationContext a = contexts.get(0);
        ConfigurableApplicationContext b = process();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> launches = new ArrayList<>();
            for (ConfigurableApplicationContext process : List.of(a, b)) {
                launches.add(pool.submit(() -> {
                    together.await();
                    try {
                        return process.getBean(ScorecardOperations.class).monthly(SampleMonth.PERIOD, null, false);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : launches) {
                outcomes.add(f.get(180, TimeUnit.SECONDS));
            }

            assertThat(outcomes)
                    .filteredOn(JobExecution.class::isInstance)
                    .singleElement()
                    .extracting(o -> ((JobExecution) o).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(outcomes)
                    .filteredOn(o -> !(o instanceof JobExecution))
                    .singleElement()
                    .isInstanceOfAny(
                            RunLockedException.class,
                            ScorecardOperations.AlreadyPublishedException.class,
                            JobRunner.AlreadyCompleteException.class);
            JdbcTemplate jdbc = new JdbcTemplate(a.getBean(DataSource.class));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                                    + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'monthly'",
                            Integer.class))
                    .isOne();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_submission", Integer.class))
                    .isEqualTo(SampleMonth.UNITS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockHeldFromAnotherHostIsRespectedUntilItsHeartbeatIsOlderThanTheLease() throws Exception {
        ConfigurableApplicationContext a = contexts.get(0);
        JdbcTemplate jdbc = new JdbcTemplate(a.getBean(DataSource.class));
        jdbc.update("INSERT INTO run_lock (lock_name, owner, host_name, host_key, process_id, process_started_at, "
                + "job_name, job_execution_id, acquired_at, heartbeat_at) VALUES ('period:2025-09', 'elsewhere:77:x', "
                + "'elsewhere', 'another-host', 77, 0, 'monthly', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        ScorecardOperations operations = a.getBean(ScorecardOperations.class);

        assertThatThrownBy(() -> operations.monthly(SampleMonth.PERIOD, null, false))
                .isInstanceOf(RunLockedException.class)
                .hasMessageContaining("主机 elsewhere 进程 77");

        jdbc.update("UPDATE run_lock SET heartbeat_at = TIMESTAMPADD(MINUTE, -10, CURRENT_TIMESTAMP)");
        JobExecution run = operations.monthly(SampleMonth.PERIOD, null, false);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class))
                .isZero();
    }

    @Test
    void aLockLostToAnotherProcessStopsTheRunAtItsNextChunk() throws Exception {
        ConfigurableApplicationContext a = contexts.get(0);
        Gate gate = gate(a);
        JdbcTemplate jdbc = new JdbcTemplate(a.getBean(DataSource.class));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<JobExecution> running =
                    pool.submit(() -> a.getBean(ScorecardOperations.class).monthly(SampleMonth.PERIOD, null, false));
            assertThat(gate.reached.await(60, TimeUnit.SECONDS)).isTrue();
            // Another process judged this one dead (say it was paused past the lease) and took the lock.
            jdbc.update("UPDATE run_lock SET owner = 'elsewhere:77:x', host_key = 'another-host'");
            Thread.sleep(2500); // two heartbeats: the loss is noticed and the run asked to stop
            gate.release.countDown();

            JobExecution run = running.get(120, TimeUnit.SECONDS);
            assertThat(run.getStatus()).isEqualTo(BatchStatus.STOPPED);
            assertThat(jdbc.queryForObject("SELECT owner FROM run_lock", String.class))
                    .isEqualTo("elsewhere:77:x");
        } finally {
            gate.release.countDown();
            pool.shutdownNow();
        }
    }
}
