package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.cli.SpringCommand.Start;
import org.zsyz.scorecard.config.ScorecardProperties;

/**
 * The commands that answer at once ({@code jobs}, {@code user list}, {@code rules check}) run on the quick
 * application and say exactly what they say on the whole one: each is run both ways on the same database and the
 * output and exit codes are compared. The quick connection is the one the pool would open. On H2 and MariaDB.
 */
abstract class QuickCommandsTests {

    @TempDir
    Path home;

    private InputStream stdin;

    record Outcome(int exit, String out, String err) {}

    /** {@code --spring...} arguments of the database the commands use (none: H2 in the folder). */
    abstract List<String> databaseArguments();

    /** Empties a shared database before each test. */
    void freshDatabase() throws Exception {}

    /** A plain connection to the database the commands use, to change what a test needs. */
    abstract Connection connect() throws SQLException;

    @BeforeEach
    void sampleMonth() throws Exception {
        stdin = System.in;
        SampleMonth.prepare(home);
        freshDatabase();
    }

    @AfterEach
    void restore() {
        System.setIn(stdin);
        SpringCommand.quickAllowed = true;
        SpringContext.setArguments(List.of());
    }

    List<String> arguments(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--scorecard.home=" + home);
        all.add("--scorecard.progress.terminal=never");
        all.addAll(databaseArguments());
        return all;
    }

    Outcome run(boolean quick, String input, String... args) {
        System.setIn(new ByteArrayInputStream((input == null ? "" : input + "\n").getBytes(StandardCharsets.UTF_8)));
        SpringCommand.quickAllowed = quick;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ScorecardCommand.execute(
                arguments(args).toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(exit, out.toString(), err.toString());
    }

    /** Runs a command on the whole application, then as it runs now: both must say the same. */
    Outcome sameBothWays(Start expected, String... args) {
        Outcome whole = run(false, null, args);
        assertThat(SpringCommand.lastStart).isEqualTo(Start.WHOLE);
        Outcome now = run(true, null, args);
        assertThat(SpringCommand.lastStart).as(String.join(" ", args)).isEqualTo(expected);
        assertThat(now).as(String.join(" ", args)).isEqualTo(whole);
        return now;
    }

    @Test
    void listingsAndChecksSayOnTheQuickApplicationWhatTheySayOnTheWholeOne() throws Exception {
        assertThat(run(true, null, "jobs").out()).isEqualTo("还没有任何作业记录。\n");
        assertThat(run(
                                true,
                                null,
                                "import-targets",
                                home.resolve("targets-2025.xlsx").toString())
                        .exit())
                .isZero();
        assertThat(run(true, "bureau password 1", "user", "add", "--username", "office", "--role", "bureau")
                        .exit())
                .isZero();
        assertThat(run(true, "county password 1", "user", "add", "--username", "keeper", "--role", "bureau")
                        .exit())
                .isZero();
        assertThat(run(true, null, "user", "disable", "--username", "keeper").exit())
                .isZero();

        Outcome jobs = sameBothWays(Start.QUICK, "jobs");
        assertThat(jobs.exit()).isZero();
        assertThat(jobs.out()).contains("COMPLETED", "2025");
        assertThat(sameBothWays(Start.QUICK, "jobs", "--limit", "1").out().lines())
                .hasSize(3);

        Outcome users = sameBothWays(Start.QUICK, "user", "list");
        assertThat(users.out()).contains("office", "商务局", "正常", "keeper", "已停用");

        Outcome defaults = sameBothWays(Start.QUICK, "rules", "check", "--year", "2025");
        assertThat(defaults.exit()).isZero();
        assertThat(defaults.out()).contains("2025 年按默认考核办法评估", "SHA-256：");
        assertThat(run(true, null, "rules", "init", "--year", "2025").exit()).isZero();
        assertThat(sameBothWays(Start.QUICK, "rules", "check", "--year", "2025").out())
                .contains("assessment-2025.yml 有效。");
        Path wrong = Files.writeString(home.resolve("wrong.yml"), "format: 2\nindicators: [", StandardCharsets.UTF_8);
        Outcome refused = sameBothWays(Start.QUICK, "rules", "check", "--year", "2025", "--file", wrong.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).contains("考核办法文件有");

        Outcome missing = sameBothWays(Start.QUICK, "jobs", "--scorecard.home=" + home.resolve("nowhere"));
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("不存在");

        // a run marked as running needs the job machinery to tell whether its process lives: the whole application
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        }
        assertThat(sameBothWays(Start.WHOLE, "jobs").out()).contains("STARTED（已中断）");
    }

    @Test
    void theQuickConnectionIsTheOneThePoolOpensAndTheSettingsAreTheApplications() {
        SpringContext.setArguments(arguments());
        try (ConfigurableApplicationContext whole = SpringContext.start();
                ConfigurableApplicationContext quick = SpringContext.startQuick()) {
            assertThat(quick).isNotNull();
            HikariDataSource pool = unwrap(whole.getBean(DataSource.class));
            QuickDatabase.Settings settings = QuickDatabase.settings(
                    quick.getBean(DataSourceProperties.class), (ConfigurableEnvironment) quick.getEnvironment());
            assertThat(settings.url()).isEqualTo(pool.getJdbcUrl());
            assertThat(settings.driver()).isEqualTo(pool.getDriverClassName());
            // what the pool hands to the driver with each connection
            Properties expected = new Properties();
            expected.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                expected.put("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                expected.put("password", pool.getPassword());
            }
            assertThat(settings.properties()).isEqualTo(expected);
            assertThat(quick.getBean(ScorecardProperties.class)).isEqualTo(whole.getBean(ScorecardProperties.class));
            assertThat(quick.getBean(AssessmentRulesSource.class).folder())
                    .isEqualTo(whole.getBean(AssessmentRulesSource.class).folder());
        }
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
