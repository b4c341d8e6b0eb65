package org.zsyz.scorecard.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.batch.RunEventListener;
import org.zsyz.scorecard.batch.RunListenersRegistrar;
import org.zsyz.scorecard.batch.RunLogContext;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.publish.PublicationService;
import org.zsyz.scorecard.returns.InboxFileReader;
import org.zsyz.scorecard.store.publish.Publication;

/**
 * Builds the end-of-run summary with the places the run wrote to, prints it for the command line and logs it
 * for unattended runs (one line per stage, one for the outputs).
 */
@Component
public class RunReports implements JobExecutionListener, RunListenersRegistrar.EveryRunListener {

    private static final Logger log = LoggerFactory.getLogger(RunEventListener.RUN_EVENTS);

    private final ScorecardProperties settings;
    private final PublicationService publications;
    private final Environment environment;

    public RunReports(ScorecardProperties settings, PublicationService publications, Environment environment) {
        this.settings = settings;
        this.publications = publications;
        this.environment = environment;
    }

    public RunSummary summarize(JobExecution execution) {
        return RunSummary.of(RunLogContext.label(execution), execution, outputs(execution));
    }

    @Override
    public void afterJob(JobExecution execution) {
        RunSummary summary = summarize(execution);
        for (RunSummary.StageLine s : summary.stages()) {
            log.info(
                    "Summary {}: {} read, {} written, {} skipped, {} ({})",
                    s.label(),
                    s.read(),
                    s.written(),
                    s.skipped(),
                    RunEventListener.format(s.took()),
                    s.status());
        }
        log.info("Outputs: {}", String.join("; ", summary.outputs()));
    }

    /** Where this run's results are, in the words printed for the bureau's staff. */
    List<String> outputs(JobExecution execution) {
        List<String> outputs = new ArrayList<>();
        String job = execution.getJobInstance().getJobName();
        String periodText = execution.getJobParameters().getString(JobParameterNames.PERIOD);
        if (periodText != null) {
            YearMonth period = YearMonth.parse(periodText);
            boolean imports = execution.getStepExecutions().stream()
                    .anyMatch(s -> s.getStepName().startsWith("importReturn"));
            if (imports) {
                folder(outputs, "已接收的月报", settings.archive(period), false);
                folder(outputs, "退回的月报及错误清单", settings.rejected(period), false);
            }
            if (execution.getStatus() == BatchStatus.COMPLETED
                    && execution.getStepExecutions().stream()
                            .anyMatch(s -> s.getStepName().startsWith("publishOutputs"))) {
                Publication p = publications.latest(period);
                if (p != null) {
                    outputs.add("成绩单：" + absolute(Path.of(p.folder())) + "（" + p.fileCount() + " 个文件，含 MANIFEST.sha256"
                            + (p.revision() > 0 ? "，第" + p.revision() + "次更正版" : "") + "）");
                }
                leftInInbox(execution).ifPresent(outputs::add);
            } else if (job.equals("assess") && execution.getStatus() == BatchStatus.COMPLETED) {
                outputs.add("评估结果已写入数据库（scorecard publish --period " + period + " 生成成绩单）");
            }
        }
        String logFile = environment.getProperty("logging.file.name");
        if (logFile != null) {
            outputs.add("日志：" + absolute(Path.of(logFile)));
        }
        return outputs;
    }

    /**
     * For a completed publication: the returns waiting in the month's inbox, which it does not include — they
     * arrived after its import (while it was interrupted, say) or wait for the year's targets.
     */
    public Optional<String> leftInInbox(JobExecution execution) {
        String periodText = execution.getJobParameters().getString(JobParameterNames.PERIOD);
        if (periodText == null || execution.getStatus() != BatchStatus.COMPLETED) {
            return Optional.empty();
        }
        YearMonth period = YearMonth.parse(periodText);
        String given = execution.getJobParameters().getString(JobParameterNames.INBOX);
        Path inbox = given == null || given.isBlank() ? settings.inbox(period) : Path.of(given);
        List<Path> waiting = InboxFileReader.waitingFiles(inbox);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        String names = waiting.stream()
                        .limit(5)
                        .map(f -> f.getFileName().toString())
                        .collect(java.util.stream.Collectors.joining("、"))
                + (waiting.size() > 5 ? " 等" : "");
        return Optional.of("注意：收件箱 " + absolute(inbox) + " 中有 " + waiting.size() + " 个文件未纳入本次发布（" + names
                + "；在导入之后到达，例如运行中断期间）。如需纳入，请运行 scorecard monthly --period " + period
                + " --revision 发布更正版");
    }

    private static void folder(List<String> outputs, String what, Path folder, boolean always) {
        if (!Files.isDirectory(folder) && !always) {
            return;
        }
        outputs.add(what + "：" + absolute(folder) + "（" + count(folder) + " 个文件）");
    }

    private static long count(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
