package org.zsyz.scorecard.cli;

import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.returns.ImportOutcomes;
import org.zsyz.scorecard.returns.ReturnsQuorum;
import org.zsyz.scorecard.store.history.JobHistoryMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "restart",
        mixinStandardHelpOptions = true,
        description = {
            "Resume an unfinished run where it stopped, with its original parameters: the given execution, "
                    + "or else the latest run that failed, was stopped, or was left behind by a process that died "
                    + "(kill -9, power cut, database gone) — such a run is first recovered as FAILED.",
            "A run another live process is working on is not touched (exit code 4)."
        })
class RestartCommand extends SpringCommand {

    @Override
    boolean announcesHome() {
        return true;
    }

    @Parameters(arity = "0..1", paramLabel = "ID", description = "the execution to resume (see scorecard jobs)")
    Long executionId;

    @Option(
            names = "--confirm-few-returns",
            description = "a monthly run stopped because its month has few returns: " + "publish it anyway")
    boolean confirmFewReturns;

    @Override
    String confirmFewReturnsHint() {
        return "若核实无误、确要发布，请运行 scorecard restart --confirm-few-returns";
    }

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        JobRunner runner = context.getBean(JobRunner.class);
        if (confirmFewReturns) {
            context.getBean(ReturnsQuorum.class).confirmAll();
        }
        if (executionId == null) {
            var latest = runner.latestRestartable();
            if (latest.isEmpty()) {
                var running = context.getBean(JobHistoryMapper.class).findUnfinishedExecutions().stream()
                        .filter(runner::isReallyRunning)
                        .toList();
                running.forEach(e -> out().println(e.jobName() + " " + (e.parameter() == null ? "" : e.parameter())
                        + "（执行 #" + e.executionId() + "）正在运行中，不需要继续。"));
                out().println("没有需要继续的作业" + (running.isEmpty() ? "：所有运行都已完成" : "") + "（scorecard jobs 可查看）。");
                return ExitCodes.OK;
            }
            var e = latest.get();
            out().println("继续运行 " + e.jobName() + (e.parameter() == null ? "" : " " + e.parameter()) + "（执行 #"
                    + e.executionId() + "，" + e.status() + "）");
        }
        Optional<JobExecution> resumed = runner.restart(executionId);
        if (resumed.isEmpty()) {
            out().println("没有需要继续的作业。");
            return ExitCodes.OK;
        }
        JobExecution execution = resumed.get();
        var imported = context.getBean(ImportOutcomes.class).ofRun(execution.getId());
        String period = execution.getJobParameters().getString("period");
        if (!imported.isEmpty() && period != null) {
            Printouts.importTable(out(), java.time.YearMonth.parse(period), imported);
        }
        return finish(context, execution);
    }
}
