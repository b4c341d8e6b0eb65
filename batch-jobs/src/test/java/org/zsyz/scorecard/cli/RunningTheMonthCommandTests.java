package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * Running the month from the command line when something around it is wrong: nobody reported (or far fewer than
 * the month before), the targets are not imported yet, the working folder does not exist, the import stopped
 * before its first file, a revision with nothing new. On H2 and on MariaDB ({@link #databaseArguments()}).
 */
abstract class RunningTheMonthCommandTests {

    static final YearMonth AUGUST = YearMonth.of(2025, 8);

    @TempDir
    Path home;

    StringWriter out;
    StringWriter err;

    @BeforeEach
    void sampleMonth() throws Exception {
        SampleMonth.prepare(home);
        freshDatabase();
    }

    /** {@code --spring.datasource...} arguments of the database the commands use (none: H2 in the folder). */
    abstract List<String> databaseArguments();

    /** Empties a shared database before each test. */
    void freshDatabase() throws Exception {}

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--scorecard.home="))) {
            all.add("--scorecard.home=" + home);
        }
        all.add("--scorecard.progress.terminal=never");
        all.addAll(databaseArguments());
        return ScorecardCommand.execute(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    int importTargets() {
        return run("import-targets", home.resolve("targets-2025.xlsx").toString());
    }

    static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aMonthNobodyReportedIsPublishedOnlyWhenTheOperatorConfirmsIt() throws Exception {
        assertThat(importTargets()).isZero();
        for (Path file : files(home.resolve("inbox/2025-09"))) {
            Files.delete(file);
        }

        assertThat(run("monthly", "--period", "2025-09")).isEqualTo(ExitCodes.FEW_RETURNS);
        assertThat(err.toString())
                .contains(
                        "未发布：2025-09 没有一份可计入的月报（13 家考核单位都未报送）",
                        "收件箱 " + home.resolve("inbox/2025-09") + " 中没有文件",
                        "--confirm-few-returns");
        assertThat(out.toString()).contains("没有待导入的文件");
        assertThat(home.resolve("out/2025-09")).doesNotExist();
        // the history says why, not Spring Batch's "Unable to process chunk"
        assertThat(run("jobs")).isZero();
        assertThat(out.toString())
                .containsPattern("monthly +2025-09 +FAILED .*2025-09 没有一份可计入的月报")
                .doesNotContain("Exception");

        assertThat(run("monthly", "--period", "2025-09", "--confirm-few-returns"))
                .isZero();
        assertThat(home.resolve("out/2025-09/MANIFEST.sha256")).exists();
    }

    @Test
    void returnsWaitInTheInboxForTheTargetsAndTheSameCommandImportsThemAfterwards() throws Exception {
        assertThat(run("monthly", "--period", "2025-09")).isEqualTo(ExitCodes.FEW_RETURNS);
        assertThat(err.toString()).contains("2025 年目标任务书还没有导入", "中的 13 个文件留待导入", "scorecard import-targets");
        assertThat(out.toString()).contains("留在收件箱（待导入 2025 年目标任务书）", "13 个文件留在收件箱");
        assertThat(files(home.resolve("inbox/2025-09"))).hasSize(SampleMonth.UNITS);
        assertThat(home.resolve("rejected/2025-09")).doesNotExist();
        assertThat(home.resolve("out/2025-09")).doesNotExist();

        assertThat(importTargets()).isZero();
        assertThat(run("monthly", "--period", "2025-09")).as(err.toString()).isZero();
        assertThat(files(home.resolve("archive/2025-09"))).hasSize(SampleMonth.UNITS);
        assertThat(files(home.resolve("inbox/2025-09"))).isEmpty();
        assertThat(home.resolve("out/2025-09/MANIFEST.sha256")).exists();
    }

    @Test
    void importReturnsAloneImportsTheWaitingReturnsOnceTheTargetsAreIn() throws Exception {
        assertThat(run("import-returns", "--period", "2025-09")).isZero();
        assertThat(files(home.resolve("inbox/2025-09"))).hasSize(SampleMonth.UNITS);

        assertThat(importTargets()).isZero();
        assertThat(run("import-returns", "--period", "2025-09"))
                .as(err.toString())
                .isZero();
        assertThat(files(home.resolve("archive/2025-09"))).hasSize(SampleMonth.UNITS);
    }

    @Test
    void farFewerReturnsThanTheMonthPublishedBeforeNeedConfirmation() throws Exception {
        assertThat(importTargets()).isZero();
        Path september = home.resolve("september");
        Files.move(home.resolve("inbox/2025-09"), september);
        SampleMonth.copyInbox(home, AUGUST);
        assertThat(run("monthly", "--period", "2025-08")).as(err.toString()).isZero();
        Files.createDirectories(home.resolve("inbox/2025-09"));
        for (Path file : files(september).subList(0, 5)) {
            Files.move(file, home.resolve("inbox/2025-09").resolve(file.getFileName()));
        }

        assertThat(run("monthly", "--period", "2025-09")).isEqualTo(ExitCodes.FEW_RETURNS);
        assertThat(err.toString())
                .contains("2025-09 只有 5 家单位的月报可计入，不到上次发布的 2025-08（", "家）的一半", "--confirm-few-returns");
        assertThat(home.resolve("out/2025-09")).doesNotExist();

        // the rest arrives: the same command resumes the run, imports them and publishes
        for (Path file : files(september)) {
            Files.move(file, home.resolve("inbox/2025-09").resolve(file.getFileName()));
        }
        assertThat(run("monthly", "--period", "2025-09")).as(err.toString()).isZero();
        assertThat(files(home.resolve("archive/2025-09"))).hasSize(SampleMonth.UNITS);
    }

    @Test
    void aWorkingFolderThatDoesNotExistIsAnErrorAndIsNotCreated() {
        Path missing = home.resolve("no-such-folder");

        assertThat(run("monthly", "--period", "2025-09", "--scorecard.home=" + missing))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip())
                .isEqualTo("scorecard: 工作目录 " + missing + " 不存在。请在工作目录中运行（它包含 "
                        + "inbox/、data/ 等），或把 SCORECARD_HOME 设为正确的目录；新的工作目录请先用 mkdir 建好");
        assertThat(missing).doesNotExist();
        assertThat(run("jobs", "--scorecard.home=" + missing)).isEqualTo(ExitCodes.USAGE);
        assertThat(missing).doesNotExist();
    }

    @Test
    void anImportThatStoppedBeforeItsFirstFileSaysTheFilesAreStillWaiting() throws Exception {
        assertThat(importTargets()).isZero();
        Files.writeString(home.resolve("archive"), "a file where the archive folder should be");

        assertThat(run("import-returns", "--period", "2025-09")).isEqualTo(ExitCodes.FAILED);

        assertThat(out.toString())
                .contains("2025-09 收件箱 " + home.resolve("inbox/2025-09") + " 中的 13 个文件本次没有导入")
                .doesNotContain("没有待导入的文件");
    }

    @Test
    void aRevisionWithNothingNewIsRefusedAndOneWithANewReturnIsPublished() throws Exception {
        assertThat(importTargets()).isZero();
        assertThat(run("monthly", "--period", "2025-09")).isZero();

        assertThat(run("monthly", "--period", "2025-09", "--revision")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).contains("2025-09 自上次发布（原版，", "以来没有任何变化", "因此不发布");
        assertThat(home.resolve("out/2025-09.rev0")).doesNotExist();
        assertThat(run("publish", "--period", "2025-09", "--revision")).isEqualTo(ExitCodes.REFUSED);

        Path corrected = files(home.resolve("archive/2025-09")).get(0);
        Files.copy(
                corrected,
                home.resolve("inbox/2025-09").resolve(corrected.getFileName()),
                StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(run("monthly", "--period", "2025-09", "--revision"))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("第1次更正版");
    }

    @Test
    void aReturnThatArrivedWhileTheRunWasInterruptedIsNamedInTheSummaryOfTheResumedRun() throws Exception {
        assertThat(importTargets()).isZero();
        // the run stops at publishing (its font file is missing), after the import and the assessment
        assertThat(run(
                        "monthly",
                        "--period",
                        "2025-09",
                        "--scorecard.fonts.body-family=仿宋_GB2312",
                        "--scorecard.fonts.files[0].family=仿宋_GB2312",
                        "--scorecard.fonts.files[0].regular=/nonexistent/fonts/fangsong_GB2312.ttf"))
                .isEqualTo(ExitCodes.FAILED);
        Path arrived = home.resolve("inbox/2025-09/419921-补报.xlsx");
        Files.copy(files(home.resolve("archive/2025-09")).get(0), arrived);

        assertThat(run("monthly", "--period", "2025-09")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("注意：收件箱 " + home.resolve("inbox/2025-09") + " 中有 1 个文件未纳入本次发布"
                        + "（419921-补报.xlsx；在导入之后到达，例如运行中断期间）。如需纳入，请运行 scorecard monthly --period 2025-09 "
                        + "--revision 发布更正版");
        assertThat(arrived).exists();
    }
}
