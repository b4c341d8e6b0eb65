package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * {@code scorecard review}: a 认定 from the command line is stored, listed and on the audit trail; one for a project
 * not in the counting return is refused with exit 3 and nothing stored.
 */
class ReviewCommandTests {

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

    String firstProjectNo() throws Exception {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + home.resolve("data/scorecard")
                                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                        "sa",
                        "");
                ResultSet r = c.createStatement()
                        .executeQuery("SELECT p.project_no FROM ledger_project p JOIN return_submission s "
                                + "ON s.id = p.submission_id WHERE s.unit_code = '419921' ORDER BY p.row_no LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aReviewIsStoredListedAndAuditedAndAnUnknownProjectIsRefused() throws Exception {
        assertThat(run("import-targets", SampleMonth.prepare(home).toString())).isZero();
        assertThat(run("import-returns", "--period", "2025-09"))
                .as(err.toString())
                .isZero();
        String no = firstProjectNo();

        assertThat(run(
                        "review",
                        "exclude",
                        "--period",
                        "2025-09",
                        "--unit",
                        "419921",
                        "--project",
                        "NOPE-1",
                        "--reason",
                        "x"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("scorecard: 未认定：项目编号 NOPE-1 不在东川县（419921）2025-09 计入考核的月报表（第 1 版）项目台账中，未认定");

        assertThat(run(
                        "review",
                        "reduce",
                        "--period",
                        "2025-09",
                        "--unit",
                        "419921",
                        "--project",
                        no,
                        "--amount",
                        "0.5",
                        "--reason",
                        "部分资金不属实"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("已认定 东川县（419921）项目 " + no, "核减本年到位资金 0.5亿元，自 2025-09 起。下次考核运行时生效");

        assertThat(run("review", "list", "--year", "2025")).isZero();
        assertThat(out.toString()).contains(no, "核减本年到位资金 0.5亿元", "2025-09 起", "部分资金不属实");

        assertThat(run("audit", "--period", "2025-09", "--unit", "419921")).isZero();
        assertThat(out.toString()).contains("认定", "核减本年到位资金 0.5亿元，自 2025-09 起；理由：部分资金不属实");
    }
}
