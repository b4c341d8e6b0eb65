package org.zsyz.scorecard.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.RunFailedException;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.returns.JdbcLedgerProjectWriter;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.testsupport.MySqlAvailableCondition;
import org.zsyz.scorecard.store.testsupport.TestDatabases;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;
import org.zsyz.scorecard.targets.UnitTargets;

/**
 * The documented production path on MariaDB/MySQL, through the {@code mysql} profile: a least-privilege user
 * (data only) runs the application while a migration user owns the schema, with the exact GRANTs docs/operations.md
 * gives; every Chinese name round-trips in utf8mb4; durations keep their fractional seconds; and a database
 * that stops answering mid-run ends the run as FAILED within bounded time, resumable by a restart.
 */
@ExtendWith(MySqlAvailableCondition.class)
class MySqlProductionTests {

    /** The privileges the application needs at run time — and no more. */
    static final String RUNTIME_GRANTS = "SELECT, INSERT, UPDATE, DELETE";
    /** The privileges the schema migrations (Flyway) need. */
    static final String MIGRATION_GRANTS = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, DROP";

    @TempDir
    Path home;

    final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    final List<String> cleanup = new ArrayList<>();

    @AfterEach
    void cleanUp() throws SQLException {
        contexts.forEach(ConfigurableApplicationContext::close);
        try (Connection admin = TestDatabases.openMySql();
                Statement s = admin.createStatement()) {
            for (String sql : cleanup) {
                s.execute(sql);
            }
        }
    }

    ConfigurableApplicationContext application(String url, String user, String password, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--scorecard.home=" + home,
                "--scorecard.progress.terminal=never"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ScorecardApplication.class)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    ConfigurableApplicationContext asAdmin(String... more) {
        return application(TestDatabases.MYSQL_URL, TestDatabases.MYSQL_USER, TestDatabases.MYSQL_PASSWORD, more);
    }

    static String database() {
        String path = TestDatabases.MYSQL_URL.substring(TestDatabases.MYSQL_URL.indexOf("//") + 2);
        path = path.substring(path.indexOf('/') + 1);
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    static String urlOf(String database) {
        return TestDatabases.MYSQL_URL
                .replace("/" + database() + "?", "/" + database + "?")
                .replace("createDatabaseIfNotExist=true&", "")
                .replace("&createDatabaseIfNotExist=true", "");
    }

    /** Creates a user with these privileges on the database, dropped after the test. */
    void user(String name, String grants, String database) throws SQLException {
        try (Connection admin = TestDatabases.openMySql();
                Statement s = admin.createStatement()) {
            for (String host : List.of("%", "localhost", "127.0.0.1")) {
                s.execute("DROP USER IF EXISTS '" + name + "'@'" + host + "'");
                s.execute("CREATE USER '" + name + "'@'" + host + "' IDENTIFIED BY 'secret-" + name + "'");
                s.execute("GRANT " + grants + " ON `" + database + "`.* TO '" + name + "'@'" + host + "'");
                cleanup.add("DROP USER IF EXISTS '" + name + "'@'" + host + "'");
            }
        }
    }

    @Test
    void theApplicationRunsAsAUserWithDataPrivilegesOnlyWhileTheMigrationUserOwnsTheSchema() throws Exception {
        String database = database() + "_grants";
        String runtime = "rt_" + database().replaceAll("[^A-Za-z0-9]", "");
        String migration = "mig_" + database().replaceAll("[^A-Za-z0-9]", "");
        try (Connection admin = TestDatabases.openMySql();
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        cleanup.add(0, "DROP DATABASE IF EXISTS `" + database + "`");
        user(runtime, RUNTIME_GRANTS, database);
        user(migration, MIGRATION_GRANTS, database);
        String url = urlOf(database);

        // First start on an empty database: Flyway migrates as the migration user, the application runs as
        // the runtime user.
        ConfigurableApplicationContext first = application(
                url,
                runtime,
                "secret-" + runtime,
                "--spring.flyway.user=" + migration,
                "--spring.flyway.password=secret-" + migration);
        ScorecardOperations operations = first.getBean(ScorecardOperations.class);
        assertThat(operations
                        .importTargets(SampleMonth.prepare(home), SampleMonth.YEAR)
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        first.close();

        // Every later start needs only the runtime user: Flyway just validates the schema.
        ConfigurableApplicationContext later = application(url, runtime, "secret-" + runtime);
        JobExecution month = later.getBean(ScorecardOperations.class).monthly(SampleMonth.PERIOD, null, false);

        assertThat(month.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JdbcTemplate jdbc = new JdbcTemplate(later.getBean(DataSource.class));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_score", Integer.class))
                .isEqualTo(SampleMonth.UNITS);
        assertThat(jdbc.queryForObject("SELECT CURRENT_USER()", String.class)).startsWith(runtime + "@");
        // the ledger went in by LOAD DATA LOCAL INFILE (where the server allows it), which needs no privilege
        // beyond INSERT
        try (Connection c = TestDatabases.openMySql()) {
            assertThat(later.getBean(JdbcLedgerProjectWriter.class).loadsData())
                    .isEqualTo(TestDatabases.allowsLocalInfile(c));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_project", Integer.class))
                .isPositive();
        assertThatThrownBy(() -> jdbc.execute("CREATE TABLE intruder (id INT)"))
                .rootCause()
                .hasMessageContaining("denied");
        assertThatThrownBy(() -> jdbc.execute("DROP TABLE run_lock"))
                .rootCause()
                .hasMessageContaining("denied");
    }

    @Test
    void everyChineseNameRoundTripsInUtf8mb4() throws Exception {
        ConfigurableApplicationContext app = asAdmin();
        DatabaseCleaner.clean(app.getBean(DataSource.class));
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        // Four-byte characters (𠮷 U+20BB7, 𡈽 U+2123D, 𪚥 U+2A6A5) and rare characters of the basic planes.
        List<String> names = List.of("𠮷野区", "𡈽塘县", "䶮城区", "龘靐齉县", "𪚥开发区", "鱻麤驫市");
        List<UnitTargets> units = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<Indicator, BigDecimal> targets = new TreeMap<>();
            targets.put(Indicator.I1, new BigDecimal("10.5"));
            units.add(new UnitTargets("U" + i, names.get(i), i % 2 == 0 ? "县市区" : "𠀀组", true, targets));
        }
        Path workbook = home.resolve("targets-2031.xlsx");
        new TargetsWorkbookWriter().write(new TargetsWorkbook(2031, units), workbook);

        assertThat(app.getBean(ScorecardOperations.class)
                        .importTargets(workbook, 2031)
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        assertThat(app.getBean(AssessedUnitMapper.class).findUnits(2031))
                .extracting(AssessedUnit::unitName)
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(app.getBean(AssessedUnitMapper.class).findUnits(2031))
                .extracting(AssessedUnit::groupName)
                .contains("𠀀组");
        assertThat(jdbc.queryForObject("SELECT @@character_set_connection", String.class))
                .isEqualTo("utf8mb4");
        // Spring Batch's own tables too: a failure message naming such a unit must be recordable.
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET EXIT_MESSAGE = ?", "𠮷野区的月报有 3 处错误");
        assertThat(jdbc.queryForList("SELECT DISTINCT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION", String.class))
                .containsExactly("𠮷野区的月报有 3 处错误");
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT CCSA.CHARACTER_SET_NAME FROM information_schema.TABLES T "
                                + "JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY CCSA "
                                + "ON CCSA.COLLATION_NAME = T.TABLE_COLLATION WHERE T.TABLE_SCHEMA = DATABASE()",
                        String.class))
                .containsExactly("utf8mb4");
    }

    @Test
    void durationsKeepTheirFractionalSeconds() throws Exception {
        ConfigurableApplicationContext app = asAdmin();
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        jdbc.execute("CREATE TEMPORARY TABLE micro_check (t DATETIME(6))");
        Timestamp exact = Timestamp.valueOf(LocalDateTime.of(2025, 10, 6, 2, 0, 1, 123_456_000));

        jdbc.update("INSERT INTO micro_check (t) VALUES (?)", exact);
        jdbc.update("INSERT INTO micro_check (t) VALUES (?)", exact.toLocalDateTime());

        assertThat(jdbc.queryForList("SELECT t FROM micro_check", Timestamp.class))
                .containsExactly(exact, exact);

        // The cause, for the record: MySQL Connector/J alone cuts the fraction on MariaDB before 11.
        try (Connection raw = TestDatabases.openMySql();
                Statement s = raw.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE micro_raw (t DATETIME(6))");
            try (PreparedStatement insert = raw.prepareStatement("INSERT INTO micro_raw (t) VALUES (?)")) {
                insert.setTimestamp(1, exact);
                insert.executeUpdate();
            }
            try (ResultSet r = s.executeQuery("SELECT t FROM micro_raw")) {
                r.next();
                boolean oldMariaDb =
                        raw.getMetaData().getDatabaseProductVersion().startsWith("5.5.5-");
                assertThat(r.getTimestamp(1).getNanos()).isEqualTo(oldMariaDb ? 0 : 123_456_000);
            }
        }
    }

    @Test
    void aDatabaseThatStopsAnsweringMidRunEndsTheRunAsFailedInBoundedTimeAndARestartFinishesIt() throws Exception {
        try (StallingProxy proxy = new StallingProxy(host(), port())) {
            String url = TestDatabases.MYSQL_URL.replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
            ConfigurableApplicationContext app = application(
                    url,
                    TestDatabases.MYSQL_USER,
                    TestDatabases.MYSQL_PASSWORD,
                    "--spring.datasource.hikari.data-source-properties.socketTimeout=2000",
                    "--spring.datasource.hikari.data-source-properties.connectTimeout=2000",
                    "--spring.datasource.hikari.connection-timeout=2500",
                    "--spring.datasource.hikari.validation-timeout=1000",
                    "--scorecard.lock.heartbeat=PT1S",
                    "--scorecard.lock.lease=PT5S");
            DataSource dataSource = app.getBean(DataSource.class);
            DatabaseCleaner.clean(dataSource);
            ScorecardOperations operations = app.getBean(ScorecardOperations.class);
            operations.importTargets(SampleMonth.prepare(home), SampleMonth.YEAR);
            // The database stops answering once the returns are imported, as the assessment starts (once).
            AtomicBoolean once = new AtomicBoolean();
            StepExecutionListener outage = new StepExecutionListener() {
                @Override
                public void beforeStep(StepExecution step) {
                    if (step.getStepName().equals("assessUnits") && once.compareAndSet(false, true)) {
                        proxy.stall();
                    }
                }
            };
            app.getBeansOfType(Step.class)
                    .values()
                    .forEach(s -> ((AbstractStep) s).registerStepExecutionListener(outage));

            long started = System.nanoTime();
            Throwable failure = null;
            JobExecution run = null;
            try {
                run = operations.monthly(SampleMonth.PERIOD, null, false);
            } catch (RuntimeException e) {
                failure = e;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(90));
            if (failure != null) {
                assertThat(failure)
                        .isInstanceOf(RunFailedException.class)
                        .hasMessageContaining("数据库不可用")
                        .hasMessageContaining("scorecard restart");
            } else {
                assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
                assertThat(Failures.reason(run.getAllFailureExceptions().get(0)))
                        .contains("数据库不可用");
            }

            proxy.resume();
            TimeUnit.MILLISECONDS.sleep(500);
            JobExecution resumed = app.getBean(JobRunner.class).restart(null).orElseThrow();

            assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_submission", Integer.class))
                    .isEqualTo(SampleMonth.UNITS);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_score", Integer.class))
                    .isEqualTo(SampleMonth.UNITS);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM publication", Integer.class))
                    .isOne();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_lock", Integer.class))
                    .isZero();
        }
    }

    private static String host() {
        String rest = TestDatabases.MYSQL_URL.substring(TestDatabases.MYSQL_URL.indexOf("//") + 2);
        String hostPort = rest.substring(0, rest.indexOf('/'));
        return hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
    }

    private static int port() {
        String rest = TestDatabases.MYSQL_URL.substring(TestDatabases.MYSQL_URL.indexOf("//") + 2);
        String hostPort = rest.substring(0, rest.indexOf('/'));
        return hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 3306;
    }
}
