package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.assess.DefaultMethod;
import org.zsyz.scorecard.assess.RulesFile;

/** {@code scorecard rules init | check | show} on an embedded database in a temporary working folder. */
class RulesCommandTests {

    @TempDir
    Path home;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] =
                "--spring.datasource.url=jdbc:h2:mem:rules-cli;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        all[args.length + 1] = "--scorecard.home=" + home;
        return ScorecardCommand.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void initWritesTheDefaultsWhichCheckThenAccepts() throws Exception {
        assertThat(run("rules", "init", "--year", "2025")).isZero();
        Path file = home.resolve("rules").resolve("assessment-2025.yml");
        assertThat(file).exists();
        assertThat(Files.readString(file)).isEqualTo(DefaultMethod.text(2025));

        assertThat(run("rules", "init", "--year", "2025")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("已存在", "--force");

        assertThat(run("rules", "check", "--year", "2025")).isZero();
        assertThat(out.toString())
                .contains(
                        file.toAbsolutePath().normalize() + " 有效。",
                        "办法名称：2025年度招商引资考核办法",
                        "SHA-256：" + RulesFile.sha256(Files.readString(file)),
                        "I1 到位市外资金",
                        "总量法",
                        "项目开工率",
                        "80%");
    }

    @Test
    void checkListsEveryProblemWithFileLineAndKey() throws Exception {
        Path file = home.resolve("rules").resolve("assessment-2025.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                DefaultMethod.text(2025)
                        .replace("{weight: 25, method: ratio}", "{weight: -25, method: ratio}")
                        .replace("late: 1", "lates: 1"),
                StandardCharsets.UTF_8);

        assertThat(run("rules", "check", "--year", "2025")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString())
                .contains(
                        "考核办法文件有 3 处错误：",
                        "assessment-2025.yml 第25行 indicators.I1.weight：权重须在 0 到 100 之间，现为 -25",
                        "deductions.late：缺少此项",
                        "deductions.lates：未知的键，是否应为“late”？");
    }

    @Test
    void checkListsTheExtraLedgerColumnsOfAMethodThatDeclaresThem() throws Exception {
        Path file = home.resolve("rules").resolve("assessment-2025.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                Files.readString(Path.of("..", "docs", "methods", "03-project-quota.yaml"))
                        .replace("${year}", "2025"),
                StandardCharsets.UTF_8);

        assertThat(run("rules", "check", "--year", "2025")).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("台账附加列", "是否入库", "STORED", "是/否", "入库额(亿元)", "STORED_AMOUNT", "金额", "统一社会信用代码")
                .contains("STORED_FUNDS 固定资产投资入库");
    }

    @Test
    void checkWithoutAFileSaysTheDefaultsApply() {
        assertThat(run("rules", "check", "--year", "2024")).isZero();
        assertThat(out.toString()).contains("没有 ", "2024 年按默认考核办法评估", "rules init --year 2024");
    }

    /** A city whose only group is 城区: the defaults' 县市区 entry is neither reported nor written. */
    @Test
    void theDefaultsFitACityWithout县市区() throws Exception {
        assertThat(run("rules", "check", "--year", "2026")).isZero(); // creates the schema
        try (var c = java.sql.DriverManager.getConnection(
                        "jdbc:h2:mem:rules-cli;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
                var insert = c.prepareStatement("INSERT INTO assessment_group (assess_year, group_name, display_order) "
                        + "VALUES (2026, '城区', 1)")) {
            insert.executeUpdate();
        }

        assertThat(run("rules", "check", "--year", "2026")).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(run("rules", "init", "--year", "2026")).isZero();
        String written = Files.readString(home.resolve("rules").resolve("assessment-2026.yml"));
        assertThat(written).doesNotContain("县市区").contains("default: {red: 1, black: 1}");
        assertThat(run("rules", "check", "--year", "2026")).isZero();
    }

    /** A group the year's targets do not have: an error with the file, as the assessment would refuse it. */
    @Test
    void aGroupTheYearDoesNotHaveIsAnErrorNotAValidFile() throws Exception {
        assertThat(run("rules", "check", "--year", "2027")).isZero(); // creates the schema
        try (var c = java.sql.DriverManager.getConnection(
                        "jdbc:h2:mem:rules-cli;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
                var s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO assessment_group (assess_year, group_name, display_order) VALUES (2027, '县市区', 1)");
            s.executeUpdate(
                    "INSERT INTO assessed_unit (assess_year, unit_code, unit_name, group_name, ranked, display_order) "
                            + "VALUES (2027, '410711', '牧野区', '县市区', TRUE, 1)");
        }
        Path file = home.resolve("rules").resolve("assessment-2027.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                DefaultMethod.text(2027).replace("\"县市区\": {red: 2, black: 1}", "\"县区\": {red: 2, black: 1}"),
                StandardCharsets.UTF_8);

        assertThat(run("rules", "check", "--year", "2027")).isEqualTo(ExitCodes.FAILED);

        assertThat(err.toString())
                .contains(
                        "考核办法文件有 1 处错误：",
                        "assessment-2027.yml",
                        "red_black_lists.groups：组别“县区”不在2027年的考核组别（县市区）中，请按目标任务书改正");
        assertThat(out.toString()).doesNotContain("有效");
    }

    @Test
    void showPrintsTheMethodAPeriodWasAssessedWith() throws Exception {
        assertThat(run("rules", "show", "--period", "2024-03")).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("2024-03 尚未评估");

        String text = DefaultMethod.text(2024);
        try (var c = java.sql.DriverManager.getConnection(
                        "jdbc:h2:mem:rules-cli;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
                var insert = c.prepareStatement("INSERT INTO assessment_run (period, computed_at, config_name, "
                        + "config_sha256, config_source, config_text) VALUES ('2024-03', ?, ?, ?, ?, ?)")) {
            insert.setObject(1, java.time.LocalDateTime.of(2024, 4, 6, 2, 0));
            insert.setString(2, "2024年度招商引资考核办法");
            insert.setString(3, RulesFile.sha256(text));
            insert.setString(4, "/srv/scorecard/rules/assessment-2024.yml");
            insert.setString(5, text);
            insert.executeUpdate();
        }

        assertThat(run("rules", "show", "--period", "2024-03")).isZero();
        assertThat(out.toString())
                .startsWith("2024-03 于 2024-04-06T02:00 评估，所用考核办法：2024年度招商引资考核办法")
                .contains("来源：/srv/scorecard/rules/assessment-2024.yml", "SHA-256：" + RulesFile.sha256(text))
                .endsWith(text);
    }

    @Test
    void rulesHasHelpForEachSubcommand() {
        for (String sub : new String[] {"init", "check", "show"}) {
            assertThat(run("rules", sub, "--help")).isZero();
            assertThat(out.toString()).contains("Usage: scorecard rules " + sub);
        }
    }
}
