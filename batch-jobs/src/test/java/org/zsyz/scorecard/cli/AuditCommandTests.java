package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * {@code scorecard audit}: lists the imports and runs with who ran them from where, filters by period and unit,
 * verifies the chain, and exits 1 naming the record when one was edited behind its back.
 */
class AuditCommandTests {

    @TempDir
    Path home;

    StringWriter out;
    StringWriter err;

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--scorecard.home=" + home);
        return ScorecardCommand.execute(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void listsTheImportsAndRunsAndVerifiesTheChain() throws Exception {
        Path targets = SampleMonth.prepare(home);
        assertThat(run("import-targets", targets.toString())).isZero();
        assertThat(run("import-returns", "--period", "2025-09"))
                .as(err.toString())
                .isZero();

        assertThat(run("audit")).as(err.toString()).isZero();
        String listing = out.toString();
        assertThat(listing)
                .contains("导入目标任务书", "importTargets 2025 年目标任务书", "导入月报表", "419921.xlsx", "第 1 版，已接收")
                .contains("命令行:" + System.getProperty("user.name"))
                .contains("记录链完整：共 ");

        assertThat(run("audit", "--period", "2025-09", "--unit", "419921")).isZero();
        assertThat(out.toString())
                .contains("419921.xlsx")
                .doesNotContain("419922.xlsx")
                .doesNotContain("导入目标任务书");

        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("data/scorecard")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                "sa",
                "")) {
            c.createStatement().executeUpdate("UPDATE audit_event SET actor = 'someone-else' WHERE id = 2");
        }
        assertThat(run("audit")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("scorecard: 操作记录被改动：第 2 条记录的内容与其散列不符（记录被改动过）");
    }
}
