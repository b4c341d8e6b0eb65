package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * {@code scorecard spot-check}: the sample drawn from a seed (the same seed on a fresh database, the same
 * projects), listed, a result recorded; a second draw, an unknown result or id refused with exit 3; a 弄虚作假
 * takes 0.2 points off in the next assessment.
 */
class SpotCheckCommandTests {

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
    void drawsListsAndRecordsFromTheCommandLine() throws Exception {
        Path targets = SampleMonth.prepare(home);
        assertThat(run("import-targets", targets.toString())).isZero();
        assertThat(run("import-returns", "--period", "2025-09"))
                .as(err.toString())
                .isZero();
        assertThat(run("assess", "--period", "2025-09")).as(err.toString()).isZero();
        String before = score();

        assertThat(run("spot-check", "draw", "--period", "2025-09", "--per-unit", "1", "--seed", "7"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("已抽取 2025-09 的抽查样本：种子 7，每单位 1 个。").contains("待核查");
        String drawn = out.toString();

        assertThat(run("spot-check", "draw", "--period", "2025-09", "--per-unit", "1", "--seed", "8"))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("scorecard: 2025-09 已抽取过抽查样本（种子 7，每单位 1 个，命令行:");

        assertThat(run("spot-check", "record", "--id", "1", "--result", "作假")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("核查结果应为“通过”或“弄虚作假”，现为“作假”");
        assertThat(run("spot-check", "record", "--id", "999", "--result", "通过")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("没有编号为 999 的抽查项目");

        String unit = sql("SELECT unit_code FROM spot_check WHERE id = 1");
        assertThat(run("spot-check", "record", "--id", "1", "--result", "弄虚作假", "--note", "合同系伪造"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("已记录抽查 #1（" + unit + " 项目 ").contains("的核查结果：弄虚作假。");
        assertThat(run("spot-check", "list", "--period", "2025-09")).isZero();
        assertThat(out.toString()).contains("样本：种子 7，每单位 1 个").contains("弄虚作假").contains("合同系伪造");

        assertThat(run("assess", "--period", "2025-09")).as(err.toString()).isZero();
        assertThat(new BigDecimal(score(unit)))
                .isEqualByComparingTo(new BigDecimal(score(unit, before)).subtract(new BigDecimal("0.2")));
        assertThat(run("audit", "--period", "2025-09")).isZero();
        assertThat(out.toString()).contains("抽查", "种子 7，每单位 1 个", "核查结果：弄虚作假，说明：合同系伪造");

        // the same seed on a fresh table draws the same projects
        exec("DELETE FROM spot_check");
        exec("DELETE FROM spot_check_draw");
        assertThat(run("spot-check", "draw", "--period", "2025-09", "--per-unit", "1", "--seed", "7"))
                .isZero();
        assertThat(projects(out.toString())).isEqualTo(projects(drawn));
    }

    /** Every unit's total as "code=total;…", read before the check. */
    String score() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = connect();
                var rs = c.createStatement()
                        .executeQuery("SELECT unit_code, total_score FROM unit_score WHERE period = '2025-09'")) {
            while (rs.next()) {
                all.append(rs.getString(1))
                        .append('=')
                        .append(rs.getBigDecimal(2).toPlainString())
                        .append(';');
            }
        }
        return all.toString();
    }

    String score(String unit) throws Exception {
        return score(unit, score());
    }

    static String score(String unit, String all) {
        for (String pair : all.split(";")) {
            if (pair.startsWith(unit + "=")) {
                return pair.substring(unit.length() + 1);
            }
        }
        throw new IllegalStateException("no score of " + unit);
    }

    /** The unit, project and result columns of a listing (the check's number left out: ids only grow). */
    static List<String> projects(String listing) {
        return listing.lines()
                .filter(l -> l.contains("待核查"))
                .map(l -> l.replaceAll("\\s+", " ").strip().replaceFirst("^\\d+ ", ""))
                .toList();
    }

    String sql(String query) throws Exception {
        try (Connection c = connect();
                var rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    void exec(String statement) throws Exception {
        try (Connection c = connect()) {
            c.createStatement().executeUpdate(statement);
        }
    }

    Connection connect() throws Exception {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("data/scorecard")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                "sa",
                "");
    }
}
