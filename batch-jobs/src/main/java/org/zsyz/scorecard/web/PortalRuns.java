package org.zsyz.scorecard.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.audit.AuditActors;
import org.zsyz.scorecard.batch.Failures;
import org.zsyz.scorecard.lock.RunLockedException;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.progress.RunReports;
import org.zsyz.scorecard.progress.Stage;
import org.zsyz.scorecard.returns.FewReturnsException;
import org.zsyz.scorecard.store.history.JobExecutionSummary;
import org.zsyz.scorecard.store.history.JobHistoryMapper;

/**
 * The monthly run started from the portal: launched in the background (one at a time from this process; the run
 * lock keeps it apart from the schedule and from any command), followed through Spring Batch's own records.
 */
@Service
public class PortalRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PortalRuns.class);

    private final ScorecardOperations operations;
    private final JobHistoryMapper history;
    private final JobRepository jobRepository;
    private final JobRunner runner;
    private final Clock clock;
    private final RunReports reports;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "portal-run");
        t.setDaemon(true);
        return t;
    });

    private volatile Launch last;

    public PortalRuns(
            ScorecardOperations operations,
            JobHistoryMapper history,
            JobRepository jobRepository,
            JobRunner runner,
            Clock clock,
            RunReports reports) {
        this.reports = reports;
        this.operations = operations;
        this.history = history;
        this.jobRepository = jobRepository;
        this.runner = runner;
        this.clock = clock;
    }

    /** A run started from the portal: {@code outcome} is null while it runs. */
    public record Launch(
            YearMonth period,
            boolean revision,
            String startedBy,
            LocalDateTime startedAt,
            String outcome,
            boolean succeeded) {

        public boolean running() {
            return outcome == null;
        }
    }

    /** One stage of an execution as the page shows it. */
    public record StepLine(String label, String status, long read, long written, long skipped, String took) {}

    public Launch last() {
        return last;
    }

    /** Starts the month in the background; returns a message when it cannot start now. */
    public synchronized String start(YearMonth period, boolean revision, String user) {
        return start(period, revision, false, user);
    }

    /**
     * @param confirmFewReturns the user ticked that a month with no or far fewer returns than the month published
     *                          before it is to be published all the same
     */
    public synchronized String start(YearMonth period, boolean revision, boolean confirmFewReturns, String user) {
        if (last != null && last.running()) {
            return "网页启动的 " + last.period() + " 月度运行还在进行，请等它结束";
        }
        Launch launch =
                new Launch(period, revision, user, LocalDateTime.now(clock).withNano(0), null, false);
        last = launch;
        log.info(
                "{} started the monthly run of {} from the portal{}{}",
                user,
                period,
                revision ? " (revision)" : "",
                confirmFewReturns ? " (few returns confirmed)" : "");
        executor.execute(AuditActors.actingAs(
                AuditActors.current(), () -> finish(launch, run(period, revision, confirmFewReturns))));
        return null;
    }

    private record Ending(String message, boolean succeeded) {}

    private Ending run(YearMonth period, boolean revision, boolean confirmFewReturns) {
        try {
            JobExecution execution = operations.monthly(period, null, revision, confirmFewReturns);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return new Ending(
                        "完成（执行 #" + execution.getId() + "）"
                                + reports.leftInInbox(execution)
                                        .map(notice -> "。" + notice)
                                        .orElse(""),
                        true);
            }
            FewReturnsException few = execution.getAllFailureExceptions().stream()
                    .map(PortalRuns::fewReturns)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (few != null) {
                return new Ending(
                        "未发布：" + few.getMessage() + "。请先核对工作目录、收件箱和目标任务书，改正后再次启动；" + "若核实无误、确要发布，请勾选“确认发布报送很少的月份”后再启动",
                        false);
            }
            String reason = execution.getAllFailureExceptions().stream()
                    .findFirst()
                    .map(Failures::reason)
                    .orElse(execution.getExitStatus().getExitDescription());
            return new Ending(
                    RunDescriptions.label(execution.getStatus().name()) + "（执行 #" + execution.getId() + "）："
                            + RunDescriptions.plain(reason) + "。修正后再次启动即从中断处继续",
                    false);
        } catch (ScorecardOperations.AlreadyPublishedException e) {
            // a published month runs again only as a 更正版, and only when something changed since: say what
            return new Ending(e.getMessage(), false);
        } catch (JobRunner.AlreadyCompleteException | RunLockedException e) {
            return new Ending(e.getMessage(), false);
        } catch (Exception e) {
            log.error("The monthly run of {} started from the portal failed", period, e);
            return new Ending("失败：" + RunDescriptions.plain(Failures.reason(e)), false);
        }
    }

    private static FewReturnsException fewReturns(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FewReturnsException few) {
                return few;
            }
        }
        return null;
    }

    private synchronized void finish(Launch launch, Ending ending) {
        last = new Launch(
                launch.period(),
                launch.revision(),
                launch.startedBy(),
                launch.startedAt(),
                ending.message(),
                ending.succeeded());
    }

    public List<JobExecutionSummary> recent() {
        return history.findRecentExecutions(10);
    }

    /** Whether an execution is really running (its process alive), not merely left STARTED by a dead one. */
    public boolean isRunning(JobExecutionSummary execution) {
        return BatchStatus.valueOf(execution.status()).isRunning() && runner.isReallyRunning(execution);
    }

    public List<StepLine> steps(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null) {
            return List.of();
        }
        return execution.getStepExecutions().stream()
                .filter(s -> !Stage.isPartitionWorker(s.getStepName()))
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new StepLine(
                        Stage.of(s.getStepName()).label(),
                        s.getStatus().name(),
                        s.getReadCount(),
                        s.getWriteCount(),
                        s.getSkipCount(),
                        took(s)))
                .toList();
    }

    private String took(StepExecution s) {
        if (s.getStartTime() == null) {
            return "";
        }
        // Spring Batch's times are the machine's local time, not the installation's clock zone
        LocalDateTime end = s.getEndTime() != null ? s.getEndTime() : LocalDateTime.now();
        Duration d = Duration.between(s.getStartTime(), end);
        return d.toSeconds() + "." + d.toMillisPart() / 100 + " 秒";
    }

    @Override
    public void destroy() {
        executor.shutdown(); // a running job is asked to stop by the graceful shutdown, not interrupted
    }
}
