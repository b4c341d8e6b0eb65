package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.history.JobExecutionSummary;

class RunDescriptionsTests {

    @Test
    void aStackTraceGivesItsDeepestChineseMessageWithoutClassNames() {
        String trace = """
                org.springframework.batch.core.step.StepExecutionException: step failed
                \tat org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:250)
                Caused by: java.lang.IllegalStateException: 方法文件不存在：rules/assessment.yaml
                \tat org.zsyz.scorecard.assess.Method.load(Method.java:40)
                \t... 12 more
                """;
        assertThat(RunDescriptions.reason(trace)).isEqualTo("方法文件不存在：rules/assessment.yaml");
        assertThat(RunDescriptions.reason("java.lang.RuntimeException: java.io.IOException: 收件箱不可读"))
                .isEqualTo("收件箱不可读");
        assertThat(RunDescriptions.reason("运行中断：进程已退出；已恢复为 FAILED，可继续运行")).isEqualTo("运行中断：进程已退出；已恢复为 FAILED，可继续运行");
    }

    @Test
    void theReasonARunRecordedAboveItsTraceIsShownEvenWhenTheTraceWasCutBeforeTheCause() {
        String recorded = "2025-10 只有 1 家单位的月报可计入，不到上次发布的 2025-09（13 家）的一半\n"
                + "org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk\n"
                + "\tat org.springframework.batch.core.step.tasklet.TaskletStep.doExecute(TaskletStep.java:1)";
        assertThat(RunDescriptions.reason(recorded)).isEqualTo("2025-10 只有 1 家单位的月报可计入，不到上次发布的 2025-09（13 家）的一半");
    }

    @Test
    void aRefusedInputSaysThereIsNothingToResume() {
        var refused = new JobExecutionSummary(
                50,
                "importTargets",
                "2026",
                "FAILED",
                "REJECTED",
                LocalDateTime.of(2026, 12, 7, 9, 0),
                LocalDateTime.of(2026, 12, 7, 9, 1),
                0,
                0,
                0,
                "targets-2026.xlsx：发现 1 处错误，2026年目标未导入\norg.zsyz.scorecard.targets.TargetsRejectedException: x");
        assertThat(RunDescriptions.summary(refused, List.of(), false))
                .isEqualTo("未导入：targets-2026.xlsx：发现 1 处错误，2026年目标未导入。没有可继续的：改正后重新上传");
        var failed = new JobExecutionSummary(
                51, "monthly", "2025-10", "FAILED", "FAILED", null, null, 0, 0, 0, "2025-10 没有一份可计入的月报");
        assertThat(RunDescriptions.summary(failed, List.of(), false))
                .isEqualTo("未完成：2025-10 没有一份可计入的月报。修正后再次启动即从中断处继续");
    }

    @Test
    void technicalFailuresAreNamedInChinese() {
        assertThat(
                        RunDescriptions.reason(
                                "org.springframework.transaction.CannotCreateTransactionException: x\n"
                                        + "Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure"))
                .isEqualTo("数据库不可用（连接不上或不再应答）");
        assertThat(RunDescriptions.reason("java.io.IOException: No space left on device"))
                .isEqualTo("磁盘空间已满，无法写入文件");
        assertThat(RunDescriptions.reason("java.lang.NullPointerException\n\tat x.Y.z(Y.java:1)"))
                .isEqualTo("程序内部错误，详情见日志 logs/scorecard.log");
        assertThat(RunDescriptions.reason("java.lang.IllegalArgumentException: bad index 3"))
                .isEqualTo("程序内部错误，详情见日志 logs/scorecard.log");
        assertThat(RunDescriptions.reason(null)).isEmpty();
        assertThat(RunDescriptions.plain("Index 3 out of bounds for length 2"))
                .isEqualTo("程序内部错误，详情见日志 logs/scorecard.log");
        assertThat(RunDescriptions.plain("数据库不可用（Connection refused）")).isEqualTo("数据库不可用（Connection refused）");
        assertThat(RunDescriptions.label("FAILED")).isEqualTo("失败");
    }
}
