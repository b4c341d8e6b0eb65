package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * {@code scorecard user}: the first bureau account from the command line, county accounts bound to a unit, and
 * the password only ever from the console, the environment or standard input, stored as a bcrypt hash.
 */
class UserCommandTests {

    @TempDir
    Path home;

    StringWriter out;
    StringWriter err;
    InputStream stdin;

    @BeforeEach
    void sampleCity() {
        stdin = System.in;
        SampleMonth.prepare(home);
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    int run(String password, String... args) {
        System.setIn(
                new ByteArrayInputStream((password == null ? "" : password + "\n").getBytes(StandardCharsets.UTF_8)));
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--scorecard.home=" + home);
        return ScorecardCommand.execute(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String hashOf(String username) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + home.resolve("data/scorecard")
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                        "sa",
                        "");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT password_hash FROM portal_account WHERE username = '" + username + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void theFirstBureauAccountAndCountyAccountsComeFromTheCommandLine() throws Exception {
        assertThat(run("bureau password 1", "user", "add", "--username", "office", "--role", "bureau"))
                .isZero();
        assertThat(out.toString()).contains("已创建账号 office（商务局）");
        String hash = hashOf("office");
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("bureau password 1");
        assertThat(AccountService.passwordEncoder().matches("bureau password 1", hash))
                .isTrue();

        assertThat(run(
                        "1234567890",
                        "import-targets",
                        home.resolve("targets-2025.xlsx").toString()))
                .isZero();
        assertThat(run(
                        "county password",
                        "user",
                        "add",
                        "--username",
                        "dongchuan",
                        "--role",
                        "county",
                        "--unit",
                        "419921"))
                .isZero();
        assertThat(run(null, "user", "list")).isZero();
        assertThat(out.toString()).contains("office", "商务局", "dongchuan", "报送单位", "419921", "正常");

        assertThat(run("another password", "user", "passwd", "--username", "dongchuan"))
                .isZero();
        assertThat(AccountService.passwordEncoder().matches("another password", hashOf("dongchuan")))
                .isTrue();
        assertThat(run(null, "user", "disable", "--username", "dongchuan")).isZero();
        assertThat(run(null, "user", "list")).isZero();
        assertThat(out.toString()).contains("已停用");
    }

    @Test
    void refusalsSayWhyAndStoreNothing() throws Exception {
        assertThat(run("county password", "user", "add", "--username", "nanpu", "--role", "county", "--unit", "419924"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("单位代码 419924 不在任何年度的考核单位名单中");
        assertThat(run("short", "user", "add", "--username", "office", "--role", "bureau"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("密码至少 10 个字符");
        assertThat(run("long enough pw", "user", "add", "--username", "a b", "--role", "bureau"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("long enough pw", "user", "add", "--username", "office", "--role", "admin"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run(null, "user", "add", "--username", "office", "--role", "bureau"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("没有读到密码");
        assertThat(run(null, "user", "add", "--username", "office", "--role", "bureau", "--password", "secret123456"))
                .as("no password option on the command line")
                .isEqualTo(ExitCodes.USAGE);
        assertThat(hashOf("office")).isNull();
        assertThat(hashOf("nanpu")).isNull();
    }
}
