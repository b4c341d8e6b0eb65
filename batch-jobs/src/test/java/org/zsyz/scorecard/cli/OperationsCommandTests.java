package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.lock.ProcessIdentity;

/**
 * The operations commands as an operator (or cron) uses them, against the embedded database of a working
 * folder: exit codes, the run summary, the history, restart, refusals, and serve staying up until asked to end.
 */
class OperationsCommandTests {

    @TempDir
    Path home;

    StringWriter out;
    StringWriter err;

    @BeforeEach
    void sampleMonth() {
        SampleMonth.prepare(home);
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--scorecard.home=" + home);
        all.add("--scorecard.progress.terminal=never");
        return ScorecardCommand.execute(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    String url() {
        return "jdbc:h2:file:" + home.resolve("data/scorecard") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
    }

    @Test
    void aMonthRunsOnceSummarisesItselfAndIsRefusedWithExitCode3UntilARevisionIsAskedFor() throws Exception {
        assertThat(run("import-targets", home.resolve("targets-2025.xlsx").toString()))
                .isZero();

        assertThat(run("monthly", "--period", "2025-09")).isZero();
        assertThat(out.toString())
                .contains(
                        "运行摘要 monthly 2025-09 #",
                        "COMPLETED",
                        "导入月报",
                        "评估打分",
                        "生成单位成绩单",
                        "发布",
                        "成绩单：" + home.resolve("out/2025-09").toAbsolutePath(),
                        "已接收的月报：" + home.resolve("archive/2025-09").toAbsolutePath() + "（13 个文件）",
                        "日志：" + home.resolve("logs/scorecard.log").toAbsolutePath());
        long execution = executionIdIn(out.toString());

        assertThat(run("monthly", "--period", "2025-09")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("2025-09 自上次发布", "没有任何变化");
        // assessing it again would count as a change, and the next monthly run would send an identical 更正版
        assertThat(run("assess", "--period", "2025-09")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("2025-09 已发布（原版）", "重新评估的结果与发布时相同，因此不评估");
        assertThat(run("monthly", "--period", "2025-09")).isEqualTo(ExitCodes.REFUSED);

        assertThat(run("jobs")).isZero();
        assertThat(out.toString()).contains("monthly", "2025-09", "COMPLETED", "importTargets");
        assertThat(run("jobs", Long.toString(execution))).isZero();
        assertThat(out.toString())
                .contains(
                        "执行 #" + execution + "  monthly",
                        "period=2025-09",
                        "revision=0",
                        "importReturn",
                        "导入月报",
                        "assessUnits",
                        "renderUnitScorecards",
                        "publishOutputs");
        assertThat(run("jobs", "987654")).isEqualTo(ExitCodes.USAGE);

        assertThat(run("restart")).isZero();
        assertThat(out.toString()).contains("没有需要继续的作业");
        assertThat(run("restart", Long.toString(execution))).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("已完成");

        // a revision needs something new: a unit sends its return again
        java.nio.file.Path again = home.resolve("archive/2025-09/419921.xlsx");
        java.nio.file.Files.copy(again, home.resolve("inbox/2025-09/419921.xlsx"));
        assertThat(run("monthly", "--period", "2025-09", "--revision")).isZero();
        assertThat(out.toString()).contains("第1次更正版");
        assertThat(home.resolve("out/2025-09.rev0/MANIFEST.sha256")).exists();
    }

    @Test
    void aMonthAnotherLiveProcessIsRunningIsRefusedWithExitCode4() throws Exception {
        assertThat(run("import-targets", home.resolve("targets-2025.xlsx").toString()))
                .isZero();
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        try (Connection db = DriverManager.getConnection(url(), "sa", "");
                PreparedStatement lock = db.prepareStatement("INSERT INTO run_lock (lock_name, owner, host_name, "
                        + "host_key, process_id, process_started_at, job_name, job_execution_id, acquired_at, "
                        + "heartbeat_at) VALUES ('period:2025-09', 'other', ?, ?, ?, 0, 'monthly', 41, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            lock.setString(1, ProcessIdentity.current().hostName());
            lock.setString(2, ProcessIdentity.current().hostKey());
            lock.setLong(3, other.pid());
            lock.executeUpdate();
        }

        assertThat(run("monthly", "--period", "2025-09")).isEqualTo(ExitCodes.BUSY);
        assertThat(err.toString()).contains("2025-09 正在运行", "执行 #41", "进程 " + other.pid());
        assertThat(run("assess", "--period", "2025-09")).isEqualTo(ExitCodes.BUSY);
    }

    @Test
    void assessNamesTheMethodItUsedInOnePairOfBrackets() {
        assertThat(run("import-targets", home.resolve("targets-2025.xlsx").toString()))
                .isZero();
        assertThat(run("import-returns", "--period", "2025-09")).isZero();

        assertThat(run("assess", "--period", "2025-09")).as(err.toString()).isZero();

        assertThat(out.toString())
                .containsPattern("考核办法：2025年度\\S*（无 \\S*assessment-2025\\.yml，按默认考核办法，SHA-256 [0-9a-f]{12}…）")
                .doesNotContain("（（");
    }

    @Test
    void serveStaysUpWithItsTimetableUntilAskedToEnd() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> serving = thread.submit(() -> run(
                    "serve",
                    "--port",
                    "0",
                    "--address",
                    "127.0.0.1",
                    "--scorecard.schedule.catch-up=false",
                    "--scorecard.schedule.cron=0 0 2 6 * *",
                    "--scorecard.schedule.zone=Asia/Shanghai"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (ServeCommand.RUNNING.get() == null && System.nanoTime() < deadline && !serving.isDone()) {
                Thread.sleep(100);
            }
            assertThat(ServeCommand.RUNNING.get()).as("serve is up").isNotNull();
            Thread.sleep(1000);
            assertThat(serving.isDone()).as("serve stays up").isFalse();
            // the same process serves the web portal: its login page, and a login for every other page
            int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext)
                            ServeCommand.RUNNING.get())
                    .getWebServer()
                    .getPort();
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            var login = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/login"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("用户名", "密码", "_csrf");
            var board = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/bureau"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(board.statusCode()).isEqualTo(302);
            assertThat(board.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            ServeCommand.RUNNING.get().close(); // what SIGTERM's shutdown hook does

            assertThat(serving.get(60, TimeUnit.SECONDS)).isZero();
            assertThat(out.toString())
                    .contains(
                            "scorecard serve：按 '0 0 2 6 * *'（Asia/Shanghai）运行上月的月度作业；下次 ",
                            "02:00 运行 ",
                            "网上报送：http://127.0.0.1:" + port + "/");
        } finally {
            thread.shutdownNow();
        }
    }

    static long executionIdIn(String text) {
        Matcher m = Pattern.compile("运行摘要 monthly 2025-09 #(\\d+)").matcher(text);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
