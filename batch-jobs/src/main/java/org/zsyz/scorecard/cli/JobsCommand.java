package org.zsyz.scorecard.cli;

import java.time.Duration;

import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.history.JobExecutionSummary;
import org.zsyz.scorecard.history.JobHistoryMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List recent job executions with status and counts.")
class JobsCommand extends SpringCommand {

    @Option(names = "--limit", defaultValue = "20", description = "how many executions (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    int run(ConfigurableApplicationContext context) {
        TextTable table = new TextTable("#", "作业", "期别", "状态", "开始", "用时", "读", "写", "跳过", "说明")
                .right(0, 5, 6, 7, 8);
        for (JobExecutionSummary e : context.getBean(JobHistoryMapper.class).findRecentExecutions(limit)) {
            String took = e.startTime() == null || e.endTime() == null ? "—"
                    : String.format("%.1fs", Duration.between(e.startTime(), e.endTime()).toMillis() / 1000.0);
            String message = e.exitMessage() == null ? "" : e.exitMessage().lines().findFirst().orElse("");
            table.row(e.executionId(), e.jobName(), e.parameter(), e.status(),
                    e.startTime() == null ? "—" : e.startTime().withNano(0).toString().replace('T', ' '), took,
                    e.readCount(), e.writeCount(), e.skipCount(), message.length() > 60 ? message.substring(0, 60) + "…" : message);
        }
        if (table.isEmpty()) {
            out().println("还没有任何作业记录。");
        } else {
            out().print(table);
        }
        return ExitCodes.OK;
    }
}
