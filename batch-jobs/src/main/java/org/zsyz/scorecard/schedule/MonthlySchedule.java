package org.zsyz.scorecard.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.batch.Failures;
import org.zsyz.scorecard.batch.RunEventListener;
import org.zsyz.scorecard.batch.RunLogContext;
import org.zsyz.scorecard.lock.RunLockProperties;
import org.zsyz.scorecard.lock.RunLockedException;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.operations.ScorecardOperations;

/**
 * The monthly job on a timetable, for {@code scorecard serve}: on each firing of the cron it runs the month
 * before. A failed run is tried again later (it resumes where it stopped); a month already published is left
 * alone; a run another process is doing is not doubled but watched, and resumed if that process dies. On start it
 * catches up a month whose time has passed.
 */
@Component
public class MonthlySchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunEventListener.RUN_EVENTS);

    private final ScorecardOperations operations;
    private final ScheduleProperties settings;
    private final Clock clock;
    private final RunLockProperties locks;
    /** Months another process holds, watched until it ends (said once at WARN, then at DEBUG). */
    private final Set<YearMonth> watched = ConcurrentHashMap.newKeySet();

    /** Runs the quarter a published month closes; absent where the term jobs are not wired. */
    private QuarterRuns quarters;

    private ThreadPoolTaskScheduler scheduler;
    private ScheduledFuture<?> timetable;
    private volatile boolean stopping;

    public MonthlySchedule(
            ScorecardOperations operations, ScheduleProperties settings, Clock clock, RunLockProperties locks) {
        this.operations = operations;
        this.settings = settings;
        this.clock = clock;
        this.locks = locks;
    }

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setQuarterRuns(QuarterRuns quarters) {
        this.quarters = quarters;
    }

    /** The month a run firing at this time is for: the one before. */
    public static YearMonth periodFor(ZonedDateTime firing) {
        return YearMonth.from(firing).minusMonths(1);
    }

    /** Whether, at this time, this month's run should already have happened. */
    public static boolean isDue(CronExpression cron, ZonedDateTime now) {
        ZonedDateTime firstThisMonth = cron.next(
                now.withDayOfMonth(1).toLocalDate().atStartOfDay(now.getZone()).minusNanos(1));
        return firstThisMonth != null
                && !firstThisMonth.isAfter(now)
                && YearMonth.from(firstThisMonth).equals(YearMonth.from(now));
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        stopping = false;
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("schedule-");
        // On stop, an attempt that is running ends first (the graceful shutdown has asked its job to stop at a
        // chunk boundary, so it ends STOPPED and resumable); an attempt merely waiting for its time is dropped
        // (the next start catches the month up), instead of being waited for up to the termination timeout.
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(120);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        scheduler.setClock(clock);
        scheduler.initialize();
        timetable = scheduler.schedule(
                () -> runMonth(periodFor(now()), 1), new CronTrigger(settings.cron(), settings.zone()));
        log.info(
                "Schedule: monthly run at '{}' ({}), next at {} for {}",
                settings.cron(),
                settings.zone(),
                next().orElse(null),
                next().map(MonthlySchedule::periodFor).orElse(null));
        if (settings.catchUp() && isDue(settings.cronExpression(), now())) {
            YearMonth period = periodFor(now());
            log.info("Schedule: this month's run time has passed; making sure {} is done", period);
            scheduler.schedule(() -> runMonth(period, 1), clock.instant());
        }
    }

    /**
     * Stops the timetable: pending attempts are dropped, a running one is waited for. The wait happens outside the
     * lock, since the running attempt takes it to decide about a retry.
     */
    public void stop() {
        ThreadPoolTaskScheduler stopped;
        synchronized (this) {
            if (scheduler == null) {
                return;
            }
            stopping = true;
            timetable.cancel(false);
            stopped = scheduler;
            scheduler = null;
        }
        stopped.shutdown();
    }

    /** When the timetable fires next. */
    public Optional<ZonedDateTime> next() {
        return Optional.ofNullable(settings.cronExpression().next(now()));
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(settings.zone()));
    }

    /** One attempt at the month; schedules the next attempt if this one failed and attempts are left. */
    void runMonth(YearMonth period, int attempt) {
        MDC.put(RunLogContext.RUN, "schedule " + period);
        boolean locked = false;
        try {
            log.info("Schedule: running {} (attempt {} of {})", period, attempt, settings.retries() + 1);
            JobExecution execution = operations.monthly(period, null, false);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                log.info("Schedule: {} published (execution {})", period, execution.getId());
                if (quarters != null) {
                    quarters.afterMonth(period);
                }
                return;
            }
            retryLater(period, attempt, execution.getStatus() + " (execution " + execution.getId() + ")");
        } catch (ScorecardOperations.AlreadyPublishedException | JobRunner.AlreadyCompleteException e) {
            log.info("Schedule: {} is already published; nothing to do ({})", period, e.getMessage());
        } catch (RunLockedException e) {
            locked = true;
            watchLater(period, attempt, e);
        } catch (Exception e) {
            retryLater(period, attempt, Failures.reason(e));
        } finally {
            if (!locked) {
                watched.remove(period);
            }
            MDC.remove(RunLogContext.RUN);
        }
    }

    private synchronized void retryLater(YearMonth period, int attempt, String reason) {
        if (stopping) {
            log.warn(
                    "Schedule: {} did not finish ({}); the server is stopping, so it is not tried again now. It is "
                            + "caught up when serve starts again, or run `scorecard restart`",
                    period,
                    reason);
            return;
        }
        if (attempt > settings.retries() || scheduler == null) {
            log.error(
                    "Schedule: {} failed and will not be tried again automatically: {}. Run `scorecard restart` "
                            + "once the cause is fixed",
                    period,
                    reason);
            return;
        }
        Instant at = clock.instant().plus(settings.retryDelay());
        log.error("Schedule: {} failed: {}; trying again at {}", period, reason, at);
        scheduler.schedule(() -> runMonth(period, attempt + 1), at);
    }

    /**
     * Another process is running the month: not a second run, but a look again after a heartbeat. Once that
     * process has ended the month is published (nothing to do) or left unfinished — the process died or failed —
     * and then the next attempt takes the lock over and resumes the run. Watching is no failed attempt.
     */
    private synchronized void watchLater(YearMonth period, int attempt, RunLockedException e) {
        if (scheduler == null) {
            return;
        }
        Instant at = clock.instant().plus(locks.heartbeat());
        if (watched.add(period)) {
            log.warn(
                    "Schedule: {} is being run by another process; not starting a second run, looking again every "
                            + "{} and resuming it if that process dies ({})",
                    period,
                    locks.heartbeat(),
                    e.getMessage());
        } else {
            log.debug("Schedule: {} is still being run by another process; looking again at {}", period, at);
        }
        scheduler.schedule(() -> runMonth(period, attempt), at);
    }

    @Override
    public void destroy() {
        stop();
    }
}
