package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;
import org.zsyz.scorecard.targets.UnitTargets;

/**
 * The README's first command as a newcomer runs it, more than once in the same folder: the rehearsal folder
 * (--without-latest), then the whole demo, then the demo again — which must show the same publication, not make
 * a 更正版 or leave returns in the inbox; and a folder holding a bureau's own data, which the demo refuses.
 */
class DemoCommandTests {

    @TempDir
    Path home;

    StringWriter out;
    StringWriter err;

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--scorecard.home=" + home);
        all.add("--scorecard.progress.terminal=never");
        return ScorecardCommand.execute(
                all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theDemoRunAgainInItsFolderCarriesOnWhereItStoppedAndThenShowsTheSamePublication() throws Exception {
        assertThat(run("demo", "--without-latest")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1. 样例数据：13 个考核单位", "4. 2025-09 的月报留在收件箱");
        assertThat(files(home.resolve("inbox"))).hasSize(13);

        assertThat(run("demo")).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains(
                        "1. 工作目录已有示例市（此前运行过 demo）",
                        "3. 已导入并评估 2024-01 至 2025-08 的月报（接收 0 份）",
                        "共 13 个文件，接收 13 个",
                        "PDF 成绩单在：" + home.resolve("out/2025-09"));
        byte[] manifest = Files.readAllBytes(home.resolve("out/2025-09/MANIFEST.sha256"));

        assertThat(run("demo")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2025-09 已经发布过，直接显示结果。", "2025-09 排名：");
        assertThat(home.resolve("out/2025-09.rev0"))
                .as("no 更正版 of an unchanged month")
                .doesNotExist();
        assertThat(Files.readAllBytes(home.resolve("out/2025-09/MANIFEST.sha256")))
                .isEqualTo(manifest);
        assertThat(files(home.resolve("inbox"))).as("no return left waiting").isEmpty();
    }

    @Test
    void aFolderHoldingABureausOwnDataIsRefusedAndLeftAsItWas() throws Exception {
        Path targets = home.resolve("targets-2025.xlsx");
        new TargetsWorkbookWriter()
                .write(
                        new TargetsWorkbook(
                                2025,
                                List.of(new UnitTargets(
                                        "410711", "牧野区", "城区", true, Map.of(Indicator.I1, new BigDecimal("19.8"))))),
                        targets);
        assertThat(run("import-targets", targets.toString())).as(err.toString()).isZero();

        assertThat(run("demo")).isEqualTo(ExitCodes.REFUSED);

        assertThat(err.toString()).contains("已有不属于示例市的数据", "demo 会替换 2024、2025 年的考核单位和目标，因此不运行", "请在一个新的空文件夹中运行 demo");
        assertThat(home.resolve("inbox")).doesNotExist();
        assertThat(home.resolve("out")).doesNotExist();
        assertThat(run("jobs")).isZero();
        assertThat(out.toString()).contains("importTargets").doesNotContain("importReturns", "monthly");
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
