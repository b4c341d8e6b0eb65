package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorecardCommandTests {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ScorecardCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "demo",
                        "sample-data",
                        "template",
                        "import-targets",
                        "import-returns",
                        "assess",
                        "rules",
                        "publish",
                        "monthly",
                        "restart",
                        "serve",
                        "jobs",
                        "contact",
                        "remind",
                        "messages",
                        "--spring.profiles.active=mysql",
                        "4 busy");
        // the footer's lines fit the 80 columns picocli wraps at: none is broken in two
        assertThat(out.toString().lines())
                .contains(
                        "  _PASSWORD, point it at MySQL/MariaDB.",
                        "  4 busy (another process is running the same period right now)",
                        "    (--confirm-few-returns publishes it)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "demo",
                "sample-data",
                "template",
                "template targets",
                "template return",
                "import-targets",
                "import-returns",
                "assess",
                "rules",
                "publish",
                "monthly",
                "restart",
                "serve",
                "jobs",
                "contact",
                "contact set",
                "contact list",
                "contact remove",
                "remind",
                "messages"
            })
    void everyCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");
        assertThat(run(words)).isZero();
        assertThat(out.toString()).contains("Usage: scorecard " + command);
    }

    @Test
    void aWrongPeriodIsAUsageErrorWithTheReason() {
        assertThat(run("assess", "--period", "2025-13")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("period must be YYYY-MM");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        assertThat(run("import-returns")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--period");
    }

    @Test
    void aFailureEndsWithOneLineAndANonZeroCode(@TempDir Path home) {
        int code = run(
                "import-targets",
                home.resolve("nowhere-2025.xlsx").toString(),
                "--spring.datasource.url=jdbc:h2:mem:cli-missing;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--scorecard.home=" + home);

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().strip()).isEqualTo("scorecard: 找不到目标任务书文件 " + home.resolve("nowhere-2025.xlsx"));
    }

    @Test
    void sampleDataWritesTheCityReproducibly(@TempDir Path dir) throws Exception {
        assertThat(run("sample-data", "--out", dir.toString())).isZero();

        assertThat(dir.resolve("targets-2025.xlsx")).exists();
        assertThat(dir.resolve("inbox").resolve("2025-09").resolve("419971.xlsx"))
                .exists();
        try (var months = Files.list(dir.resolve("inbox"))) {
            assertThat(months.count()).isEqualTo(21);
        }
        assertThat(out.toString()).contains("13 个考核单位");
    }
}
