package org.zsyz.scorecard.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.batch.Failures;
import org.zsyz.scorecard.batch.RejectedInput;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.progress.Stage;
import org.zsyz.scorecard.store.history.JobExecutionSummary;

/**
 * The runs page in plain Chinese: job and status names, what a run did (a run that imported nothing says so), and
 * why one failed without Java class names or stack traces. Spring Batch keeps its times in the machine's zone;
 * they are shown in the installation's. Templates call it as {@code ${@runText...}}.
 */
@Component("runText")
public class RunDescriptions {

    private static final Map<String, String> JOBS = Map.of(
            "monthly",
            "月度运行",
            "importReturns",
            "导入月报",
            "assess",
            "评估打分",
            "publish",
            "生成并发布",
            "importTargets",
            "导入目标任务书");
    private static final Map<String, String> STATUSES = Map.of(
            "COMPLETED",
            "完成",
            "STARTING",
            "正在启动",
            "STARTED",
            "运行中",
            "STOPPING",
            "正在停止",
            "STOPPED",
            "已停止",
            "FAILED",
            "失败",
            "ABANDONED",
            "已放弃",
            "UNKNOWN",
            "状态不明");
    /** {@code some.package.SomeException: } at the start of a line, or {@code Caused by: } before it. */
    private static final Pattern THROWABLE =
            Pattern.compile("^(?:Caused by: )?(?:[a-zA-Z_$][\\w$]*\\.)+([A-Z][\\w$]*)(?::\\s*(.*))?$");

    private static final String INTERNAL = "程序内部错误，详情见日志 logs/scorecard.log";

    /** One execution as the page lists it. */
    public record RunView(
            long executionId,
            String job,
            String parameter,
            String status,
            boolean failed,
            LocalDateTime startTime,
            LocalDateTime endTime,
            String summary) {}

    private final JobRepository jobRepository;
    private final JobRunner runner;
    private final Clock clock;

    public RunDescriptions(JobRepository jobRepository, JobRunner runner, Clock clock) {
        this.jobRepository = jobRepository;
        this.runner = runner;
        this.clock = clock;
    }

    public List<RunView> views(List<JobExecutionSummary> executions) {
        List<RunView> views = new ArrayList<>();
        for (JobExecutionSummary e : executions) {
            JobExecution execution = jobRepository.getJobExecution(e.executionId());
            List<StepExecution> steps = execution == null
                    ? List.of()
                    : execution.getStepExecutions().stream()
                            .filter(s -> !Stage.isPartitionWorker(s.getStepName()))
                            .sorted(Comparator.comparingLong(StepExecution::getId))
                            .toList();
            BatchStatus status = BatchStatus.valueOf(e.status());
            boolean interrupted = status.isRunning() && !runner.isReallyRunning(e);
            views.add(new RunView(
                    e.executionId(),
                    job(e.jobName()),
                    e.parameter(),
                    interrupted ? "已中断" : status(e.status()),
                    interrupted || status == BatchStatus.FAILED || status == BatchStatus.UNKNOWN,
                    shown(e.startTime()),
                    shown(e.endTime()),
                    summary(e, steps, interrupted)));
        }
        return views;
    }

    public String job(String jobName) {
        return JOBS.getOrDefault(jobName, jobName);
    }

    public String status(String batchStatus) {
        return label(batchStatus);
    }

    static String label(String batchStatus) {
        return batchStatus == null ? "" : STATUSES.getOrDefault(batchStatus, batchStatus);
    }

    /** A one-line reason as it stands when it says something in Chinese, else the pointer to the log. */
    static String plain(String reason) {
        return Failures.saysInChinese(reason) ? reason : INTERNAL;
    }

    /** A Spring Batch time (machine zone) in the installation's zone. */
    LocalDateTime shown(LocalDateTime batchTime) {
        return batchTime == null
                ? null
                : batchTime
                        .atZone(ZoneId.systemDefault())
                        .withZoneSameInstant(clock.getZone())
                        .toLocalDateTime();
    }

    static String summary(JobExecutionSummary e, List<StepExecution> steps, boolean interrupted) {
        BatchStatus status = BatchStatus.valueOf(e.status());
        if (interrupted) {
            return "运行它的进程已不在；再次启动该月（或 scorecard restart " + e.executionId() + "）即从中断处继续";
        }
        if (status.isRunning()) {
            return "正在运行" + done(steps);
        }
        if (status == BatchStatus.COMPLETED) {
            StepExecution imported = steps.stream()
                    .filter(s -> "importReturn".equals(s.getStepName()))
                    .findFirst()
                    .orElse(null);
            if (imported != null && imported.getWriteCount() == 0) {
                String rest = done(steps.stream().filter(st -> st != imported).toList());
                return "没有导入任何月报（收件箱中没有待导入的文件）" + (rest.isEmpty() ? "" : "；" + rest.substring(1));
            }
            String what = done(steps);
            return what.isEmpty() ? "已完成" : what.substring(1);
        }
        String reason = reason(e.exitMessage());
        if (RejectedInput.EXIT_CODE.equals(e.exitCode())) {
            return "未导入" + (reason.isEmpty() ? "" : "：" + reason) + "。没有可继续的：改正后重新上传";
        }
        return (status == BatchStatus.STOPPED ? "已停止" : "未完成")
                + (reason.isEmpty() ? "" : "：" + reason)
                + (status == BatchStatus.ABANDONED ? "" : "。修正后再次启动即从中断处继续");
    }

    /** {@code ，导入月报 13 个文件，评估打分 13 个单位…} for the stages that ended. */
    private static String done(List<StepExecution> steps) {
        StringBuilder text = new StringBuilder();
        for (StepExecution s : steps) {
            if (s.getStatus() == BatchStatus.COMPLETED) {
                Stage stage = Stage.of(s.getStepName());
                text.append('，')
                        .append(stage.label())
                        .append(' ')
                        .append(s.getWriteCount())
                        .append(' ')
                        .append(stage.unit());
            }
        }
        return text.toString();
    }

    /**
     * Why a run failed, from its stored exit message (a message or a stack trace): the deepest cause's message
     * without class names; the database or the disk named in Chinese; an internal error with no Chinese message
     * pointed to the log.
     */
    static String reason(String exitMessage) {
        if (exitMessage == null || exitMessage.isBlank()) {
            return "";
        }
        String text = exitMessage;
        if (text.contains("CommunicationsException")
                || text.contains("CannotCreateTransactionException")
                || text.contains("SQLTransientConnectionException")
                || text.contains("Connection refused")) {
            return "数据库不可用（连接不上或不再应答）";
        }
        if (text.contains("No space left on device")) {
            return "磁盘空间已满，无法写入文件";
        }
        if (text.contains("JobInterruptedException")) {
            return "运行被要求停止（服务停止或手动停止）";
        }
        String first = text.lines().findFirst().orElse("").strip();
        if (!THROWABLE.matcher(first).matches() && Failures.saysInChinese(first)) {
            return first.length() > 300 ? first.substring(0, 300) + "…" : first; // the reason the run recorded
        }
        String message = null;
        for (String line : text.lines().map(String::strip).toList()) {
            Matcher m = THROWABLE.matcher(line);
            if (m.matches() && m.group(2) != null && !m.group(2).isBlank()) {
                message = m.group(2); // the last, deepest cause wins
            }
        }
        if (message == null) {
            message = text.lines().findFirst().orElse("").strip();
        }
        for (Matcher m = THROWABLE.matcher(message);
                m.matches() && m.group(2) != null;
                m = THROWABLE.matcher(message)) {
            message = m.group(2).strip(); // a message that itself starts with a class name
        }
        if (!Failures.saysInChinese(message)) {
            return INTERNAL;
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
