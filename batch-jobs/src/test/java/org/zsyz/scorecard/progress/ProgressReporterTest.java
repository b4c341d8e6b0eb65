package org.zsyz.scorecard.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a progress line says: share, counts, a further figure, rate, time left, time taken. */
class ProgressReporterTest {

    static final String RUN = "monthly 2025-09 #57";

    @Test
    void anImportHalfwayShowsItsShareRowsRateAndTimeLeft() {
        String line = ProgressReporter.line(
                RUN, Stage.of("importReturn"), new StageTotals.Estimate(13L, () -> "612 行"), 8, 2.5);

        assertThat(line)
                .isEqualTo("[monthly 2025-09 #57] 导入月报 ▕████████████░░░░░░░░▏ 8/13 个文件 · 612 行 · "
                        + "3.2 个文件/秒 · 剩余约 2 秒 · 用时 3 秒");
    }

    @Test
    void aPartitionWorkerCountsForItsStepsStage() {
        String line = ProgressReporter.line(
                RUN, Stage.of("renderUnitScorecards:partition3"), new StageTotals.Estimate(180L, null), 45, 30);

        assertThat(line)
                .startsWith("[monthly 2025-09 #57] 生成单位成绩单 ▕█████░░░░░░░░░░░░░░░▏ 45/180 份 PDF")
                .contains("1.5 份 PDF/秒", "剩余约 1 分 30 秒", "用时 30 秒");
    }

    @Test
    void aStepWithoutATotalShowsItsCountAndTime() {
        String line = ProgressReporter.line(RUN, Stage.of("renderBulletin"), StageTotals.Estimate.UNKNOWN, 0, 3.4);

        assertThat(line).isEqualTo("[monthly 2025-09 #57] 生成全市成绩单和 Excel 0 个文件 · 用时 3 秒");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(ProgressReporter.human(Duration.ofMillis(400))).isEqualTo("0.4 秒");
        assertThat(ProgressReporter.human(Duration.ofSeconds(59))).isEqualTo("59 秒");
        assertThat(ProgressReporter.human(Duration.ofSeconds(125))).isEqualTo("2 分 05 秒");
        assertThat(ProgressReporter.human(Duration.ofMinutes(62))).isEqualTo("1 小时 02 分");
    }
}
