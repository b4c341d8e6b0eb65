package org.zsyz.scorecard.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.Supplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.batch.RunEventListener;
import org.zsyz.scorecard.lock.RunLocks;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.progress.Stage;
import org.zsyz.scorecard.store.history.JobExecutionSummary;
import org.zsyz.scorecard.store.history.JobHistoryMapper;
import org.zsyz.scorecard.store.lock.RunLockRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "jobs",
        mixinStandardHelpOptions = true,
        description = "List recent job executions with status, duration and counts; with an execution id, show that "
                + "execution and its steps.")
class JobsCommand extends SpringCommand {

    @Parameters(arity = "0..1", paramLabel = "ID", description = "an execution id from the list: show its steps")
    Long executionId;

    @Option(names = "--limit", defaultValue = "20", description = "how many executions (default: ${DEFAULT-VALUE})")
    int limit;

    /** The listing answers at once; an execution's steps come from Spring Batch's repository. */
    @Override
    boolean runsQuick() {
        return executionId == null;
    }

    private ZoneId zone = ZoneId.systemDefault();

    @Override
    int run(ConfigurableApplicationContext context) {
        zone = ZoneId.of(context.getEnvironment().getProperty("scorecard.zone", "Asia/Shanghai"));
        return executionId == null ? list(context) : show(context, executionId);
    }

    private int list(ConfigurableApplicationContext context) {
        // only a run marked as running needs the job machinery to tell whether it really runs
        Supplier<JobRunner> runner = () -> context.getBean(JobRunner.class);
        TextTable table = new TextTable("#", "作业", "期别", "状态", "开始", "用时", "读", "写", "跳过", "说明").right(0, 5, 6, 7, 8);
        for (JobExecutionSummary e : context.getBean(JobHistoryMapper.class).findRecentExecutions(limit)) {
            String message = e.exitMessage() == null
                    ? ""
                    : e.exitMessage().lines().findFirst().orElse("");
            table.row(
                    e.executionId(),
                    e.jobName(),
                    e.parameter(),
                    status(runner, e),
                    e.startTime() == null ? "—" : time(e.startTime()),
                    took(e.startTime(), e.endTime()),
                    e.readCount(),
                    e.writeCount(),
                    e.skipCount(),
                    message.length() > 60 ? message.substring(0, 60) + "…" : message);
        }
        if (table.isEmpty()) {
            out().println("还没有任何作业记录。");
        } else {
            out().print(table);
        }
        return ExitCodes.OK;
    }

    /**
     * A run marked as running whose process is gone, or left UNKNOWN by a database outage, shows as interrupted:
     * {@code scorecard restart} resumes it.
     */
    private static String status(Supplier<JobRunner> runner, JobExecutionSummary e) {
        BatchStatus status = BatchStatus.valueOf(e.status());
        if (status == BatchStatus.UNKNOWN || status.isRunning() && !runner.get().isReallyRunning(e)) {
            return e.status() + "（已中断）";
        }
        return e.status();
    }

    private int show(ConfigurableApplicationContext context, long id) {
        JobExecutionSummary summary = context.getBean(JobHistoryMapper.class).findExecution(id);
        if (summary == null) {
            err().println("scorecard: 没有编号为 #" + id + " 的作业执行（scorecard jobs 可列出）");
            return ExitCodes.USAGE;
        }
        JobExecution execution = context.getBean(JobRepository.class).getJobExecution(id);
        JobRunner runner = context.getBean(JobRunner.class);
        out().println("执行 #" + id + "  " + execution.getJobInstance().getJobName() + "（实例 #"
                + execution.getJobInstance().getInstanceId() + "）");
        out().println("  状态：" + status(() -> runner, summary) + "，退出码 "
                + execution.getExitStatus().getExitCode());
        out().println("  参数："
                + execution.getJobParameters().parameters().stream()
                        .map(p -> p.name() + "=" + p.value() + (p.identifying() ? "" : "（非标识）"))
                        .sorted()
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("—"));
        out().println("  开始：" + time(execution.getStartTime()) + "，结束：" + time(execution.getEndTime()) + "，用时 "
                + took(execution.getStartTime(), execution.getEndTime()));
        String message = execution.getExitStatus().getExitDescription();
        if (message != null && !message.isBlank()) {
            out().println("  说明：" + message.lines().findFirst().orElse(""));
        }
        if (execution.getStatus().isRunning()) {
            RunLockRow holder = context.getBean(RunLocks.class)
                    .holder(JobParameterNames.lockNameOf(
                            execution.getJobInstance().getJobName(), execution.getJobParameters()));
            out().println(
                            holder != null && runner.isReallyRunning(summary)
                                    ? "  正在运行：主机 " + holder.hostName() + " 进程 " + holder.processId() + "，"
                                            + holder.heartbeatAgeMillis() / 1000 + " 秒前仍有心跳"
                                    : "  运行它的进程已不在：scorecard restart " + id + " 可从中断处继续");
        }
        out().println();
        TextTable steps = new TextTable("步骤", "阶段", "状态", "读", "写", "过滤", "跳过", "提交", "回滚", "开始", "用时", "说明")
                .right(3, 4, 5, 6, 7, 8, 10);
        execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .forEach(s -> {
                    String note = s.getExitStatus().getExitDescription();
                    note = note == null ? "" : note.lines().findFirst().orElse("");
                    steps.row(
                            s.getStepName(),
                            Stage.of(s.getStepName()).label(),
                            s.getStatus(),
                            s.getReadCount(),
                            s.getWriteCount(),
                            s.getFilterCount(),
                            s.getSkipCount(),
                            s.getCommitCount(),
                            s.getRollbackCount(),
                            time(s.getStartTime()),
                            took(s.getStartTime(), s.getEndTime()),
                            note.length() > 60 ? note.substring(0, 60) + "…" : note);
                });
        if (steps.isEmpty()) {
            out().println("（没有步骤记录）");
        } else {
            out().print(steps);
        }
        return ExitCodes.OK;
    }

    /**
     * A Spring Batch time — stored in the machine's local time — in the installation's zone ({@code
     * scorecard.zone}), as the portal shows it.
     */
    private String time(LocalDateTime t) {
        return t == null
                ? "—"
                : t.atZone(ZoneId.systemDefault())
                        .withZoneSameInstant(zone)
                        .toLocalDateTime()
                        .withNano(0)
                        .toString()
                        .replace('T', ' ');
    }

    private static String took(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? "—" : RunEventListener.format(Duration.between(start, end));
    }
}
