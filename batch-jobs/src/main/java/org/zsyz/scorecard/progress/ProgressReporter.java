package org.zsyz.scorecard.progress;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.batch.RunEventListener;
import org.zsyz.scorecard.batch.RunListenersRegistrar;
import org.zsyz.scorecard.batch.RunLogContext;

/**
 * Shows long steps moving: files and rows imported, units scored, PDFs written, with the count, the rate and
 * the time left. On a terminal it is one line redrawn every second (on stderr, so piped output stays clean);
 * without one (cron, systemd) it is a log line every {@code scorecard.progress.log-interval}.
 */
@Component
public class ProgressReporter implements StepExecutionListener, RunListenersRegistrar.EveryRunListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunEventListener.RUN_EVENTS);
    private static final int BAR = 20;

    private final StageTotals totals;
    private final boolean terminal;
    private final Duration interval;
    private final PrintStream screen = System.err;
    private final Map<Long, Tracked> active = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private volatile boolean lineShown;

    public ProgressReporter(StageTotals totals, ProgressProperties settings) {
        this.totals = totals;
        this.terminal = switch (settings.terminal()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> hasTerminal();
        };
        this.interval = terminal ? Duration.ofSeconds(1) : settings.logInterval();
    }

    private record Tracked(
            StepExecution step,
            Stage stage,
            long startedNanos,
            StageTotals.Estimate estimate,
            Map<String, String> logContext) {}

    @Override
    public void beforeStep(StepExecution step) {
        active.put(
                step.getId(),
                new Tracked(
                        step,
                        Stage.of(step.getStepName()),
                        System.nanoTime(),
                        totals.estimate(step),
                        MDC.getCopyOfContextMap()));
        startTicker();
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        Tracked done = active.remove(step.getId());
        if (terminal && done != null && !Stage.isPartitionWorker(step.getStepName())) {
            synchronized (this) {
                clearLine();
                screen.println((step.getStatus() == BatchStatus.COMPLETED ? "✓ " : "✗ ") + finished(done, step));
                screen.flush();
            }
        }
        return null;
    }

    private synchronized void startTicker() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            List<String> lines = new ArrayList<>();
            List<Map<String, String>> contexts = new ArrayList<>();
            for (List<Tracked> stage : byStage().values()) {
                lines.add(describe(stage));
                contexts.add(stage.get(0).logContext());
            }
            if (lines.isEmpty()) {
                return;
            }
            if (terminal) {
                synchronized (this) {
                    screen.print("\r" + String.join("  |  ", lines) + "\033[K");
                    screen.flush();
                    lineShown = true;
                }
            } else {
                for (int i = 0; i < lines.size(); i++) {
                    Map<String, String> previous = MDC.getCopyOfContextMap();
                    if (contexts.get(i) != null) {
                        MDC.setContextMap(contexts.get(i));
                    }
                    log.info("Progress: {}", lines.get(i));
                    if (previous == null) {
                        MDC.clear();
                    } else {
                        MDC.setContextMap(previous);
                    }
                }
            }
        } catch (RuntimeException e) {
            log.debug("Progress display failed", e); // progress must never disturb a run
        }
    }

    /** Active steps grouped by run and stage: a partitioned step shows once, with its workers' sum. */
    private Map<String, List<Tracked>> byStage() {
        Map<String, List<Tracked>> stages = new LinkedHashMap<>();
        active.values().stream()
                .sorted((a, b) -> Long.compare(a.startedNanos(), b.startedNanos()))
                .forEach(t -> stages.computeIfAbsent(
                                t.step().getJobExecutionId() + "/" + t.stage().stepName(), k -> new ArrayList<>())
                        .add(t));
        return stages;
    }

    /** e.g. "[monthly 2025-09 #57] 导入月报 ▕████░░░░▏ 8/13 个文件 · 612 行 · 3.2 个文件/秒 · 剩余约 2 秒". */
    String describe(List<Tracked> stage) {
        Tracked lead = stage.stream()
                .filter(t -> !Stage.isPartitionWorker(t.step().getStepName()))
                .findFirst()
                .orElse(stage.get(0));
        boolean hasWorkers =
                stage.stream().anyMatch(t -> Stage.isPartitionWorker(t.step().getStepName()));
        long done = stage.stream()
                .filter(t -> !hasWorkers || Stage.isPartitionWorker(t.step().getStepName()))
                .mapToLong(t -> t.step().getWriteCount())
                .sum();
        if (lead.estimate().done() != null) {
            done = Math.max(done, lead.estimate().done().getAsLong());
        }
        double seconds = (System.nanoTime() - lead.startedNanos()) / 1e9;
        return line(RunLogContext.label(lead.step().getJobExecution()), lead.stage(), lead.estimate(), done, seconds);
    }

    static String line(String run, Stage stage, StageTotals.Estimate estimate, long done, double seconds) {
        StringBuilder text = new StringBuilder("[")
                .append(run)
                .append("] ")
                .append(stage.label())
                .append(' ');
        Long total = estimate.total();
        if (total != null && total > 0) {
            long shown = Math.min(done, total);
            int filled = (int) (BAR * shown / total);
            text.append('▕')
                    .append("█".repeat(filled))
                    .append("░".repeat(BAR - filled))
                    .append("▏ ")
                    .append(shown)
                    .append('/')
                    .append(total)
                    .append(' ')
                    .append(stage.unit());
        } else {
            text.append(done).append(' ').append(stage.unit());
        }
        if (estimate.extra() != null) {
            text.append(" · ").append(estimate.extra().get());
        }
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            text.append(" · ")
                    .append(String.format("%.1f", rate))
                    .append(' ')
                    .append(stage.unit())
                    .append("/秒");
            if (total != null && total > done) {
                text.append(" · 剩余约 ").append(human(Duration.ofMillis((long) ((total - done) / rate * 1000))));
            }
        }
        text.append(" · 用时 ").append(human(Duration.ofMillis((long) (seconds * 1000))));
        return text.toString();
    }

    private String finished(Tracked tracked, StepExecution step) {
        double seconds = (System.nanoTime() - tracked.startedNanos()) / 1e9;
        String extra = tracked.estimate().extra() == null
                ? ""
                : " · " + tracked.estimate().extra().get();
        return tracked.stage().label() + "：" + step.getWriteCount() + " "
                + tracked.stage().unit() + extra
                + (step.getSkipCount() > 0 ? " · 跳过 " + step.getSkipCount() : "") + " · 用时 "
                + human(Duration.ofMillis((long) (seconds * 1000)))
                + (step.getStatus() == BatchStatus.COMPLETED ? "" : " · " + step.getStatus());
    }

    /** 3 秒, 2 分 05 秒, 1 小时 02 分. */
    static String human(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return s == 0 && d.toMillis() > 0 ? String.format("%.1f 秒", d.toMillis() / 1000.0) : s + " 秒";
        }
        if (s < 3600) {
            return String.format("%d 分 %02d 秒", s / 60, s % 60);
        }
        return String.format("%d 小时 %02d 分", s / 3600, (s % 3600) / 60);
    }

    private void clearLine() {
        if (lineShown) {
            screen.print("\r\033[K");
            lineShown = false;
        }
    }

    /** A terminal to draw on: Java 17 has no console when output is redirected; newer JDKs say isTerminal(). */
    static boolean hasTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void destroy() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
