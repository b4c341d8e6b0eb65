package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that answer at once the way an operator runs them: a process whose current directory is the working
 * folder, nothing set. The first command on a new folder starts the whole application (it creates the database);
 * the next ones start only the settings and one connection — no Flyway, no connection pool, no Spring Batch, no web
 * server (the JVM's class-loading log says what was loaded) — and find the same database, also where the folder's
 * own {@code application.properties} moves it.
 */
class QuickCommandsInAFolderTests {

    private static final List<String> NOT_STARTED = List.of(
            "org.flywaydb.",
            "com.zaxxer.hikari.",
            "org.springframework.batch.core.launch.",
            "org.springframework.batch.core.repository.",
            "org.apache.catalina.",
            "org.springframework.boot.autoconfigure.AutoConfigurationImportSelector");

    @TempDir
    Path root;

    record Ran(int exit, String output, String classes) {}

    @Test
    void aNewFolderWithNothingSet() throws Exception {
        Path folder = Files.createDirectories(root.resolve("市商务局"));

        Ran first = run(folder, "jobs", "--limit", "1");
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).isEqualTo("还没有任何作业记录。\n");
        assertThat(first.classes()).contains("org.flywaydb.");

        Ran again = run(folder, "jobs", "--limit", "1");
        assertThat(again.exit()).isZero();
        assertThat(again.output()).isEqualTo(first.output());
        NOT_STARTED.forEach(prefix -> assertThat(again.classes()).doesNotContain(prefix));

        Ran rules = run(folder, "rules", "check", "--year", "2025");
        assertThat(rules.exit()).as(rules.output()).isZero();
        assertThat(rules.output())
                .startsWith("没有 " + folder.toRealPath().resolve("rules/assessment-2025.yml") + "：2025 年按默认考核办法评估");
        NOT_STARTED.forEach(prefix -> assertThat(rules.classes()).doesNotContain(prefix));

        Ran version = run(folder, "--version");
        assertThat(version.output()).isEqualTo("scorecard 1.0\n");
        assertThat(version.classes()).doesNotContain("org.springframework.boot.SpringApplication ");
    }

    @Test
    void aUnitsReturnTemplatePrefilledFromItsLedger() throws Exception {
        Path folder = Files.createDirectories(root.resolve("市商务局"));
        Path data = root.resolve("样例");
        Ran sample = run(folder, "sample-data", "--out", data.toString(), "--periods", "1");
        assertThat(sample.exit()).as(sample.output()).isZero();
        Ran targets =
                run(folder, "import-targets", data.resolve("targets-2025.xlsx").toString());
        assertThat(targets.exit()).as(targets.output()).isZero();
        Path inbox = Files.createDirectories(folder.resolve("inbox/2025-09"));
        Files.copy(data.resolve("inbox/2025-09/419921.xlsx"), inbox.resolve("419921.xlsx"));
        Ran imported = run(folder, "import-returns", "--period", "2025-09");
        assertThat(imported.exit()).as(imported.output()).isZero();

        // read in one read-only transaction on the quick application's one connection
        Ran template =
                run(folder, "template", "return", "--period", "2025-10", "--unit", "419921", "--out", "东川县-10月.xlsx");
        assertThat(template.exit()).as(template.output()).isZero();
        assertThat(template.output())
                .matches("已写出 419921 东川县 2025-10 月报表模板，预填 2025-09 第1版台账 \\d+ 个项目 → "
                        + java.util.regex.Pattern.quote(
                                folder.toRealPath().resolve("东川县-10月.xlsx").toString())
                        + "\n");
        NOT_STARTED.forEach(prefix -> assertThat(template.classes()).doesNotContain(prefix));
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                folder.resolve("东川县-10月.xlsx").toFile())) {
            assertThat(workbook.getSheet("项目台账").getLastRowNum()).isGreaterThan(10);
        }

        Ran unknown = run(folder, "template", "return", "--period", "2025-10", "--unit", "999999", "--out", "x.xlsx");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.output()).contains("单位代码 999999 不在 2025 年考核单位名单中");
    }

    @Test
    void theFoldersOwnSettingsFileMovesTheDatabaseForBoth() throws Exception {
        Path folder = Files.createDirectories(root.resolve("县商务局"));
        Files.writeString(
                folder.resolve("application.properties"),
                "spring.datasource.url=jdbc:h2:file:${scorecard.home}/elsewhere/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE\n",
                StandardCharsets.ISO_8859_1);

        assertThat(run(folder, "user", "list").exit()).isZero();
        assertThat(folder.resolve("elsewhere/db.mv.db")).exists();
        assertThat(folder.resolve("data")).doesNotExist();

        // the quick start finds the migrated database there: it does not fall back to the whole application
        Ran users = run(folder, "user", "list");
        assertThat(users.exit()).as(users.output()).isZero();
        NOT_STARTED.forEach(prefix -> assertThat(users.classes()).doesNotContain(prefix));
        assertThat(folder.resolve("data")).doesNotExist();
    }

    private Ran run(Path folder, String... args) throws Exception {
        Path output = Files.createTempFile(root, "out", ".txt");
        Path classes = Files.createTempFile(root, "classes", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes,
                "-Djava.io.tmpdir=" + root,
                "-cp",
                ServeProcess.applicationClasspath(),
                ScorecardCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SCORECARD_") || name.startsWith("SPRING_"));
        Process child = builder.redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = child.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time: " + text).isTrue();
        return new Ran(child.exitValue(), text, Files.readString(classes, StandardCharsets.UTF_8));
    }
}
