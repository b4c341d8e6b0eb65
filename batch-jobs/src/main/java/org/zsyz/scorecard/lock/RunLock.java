package org.zsyz.scorecard.lock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.zsyz.scorecard.store.lock.RunLockMapper;
import org.zsyz.scorecard.store.lock.RunLockRow;

/**
 * A held run lock. Its heartbeat keeps it alive while the run works; closing it gives it back. If the
 * database refuses the heartbeat because another process took the lock over (this one was paused longer
 * than the lease), the lock is lost and the run is told to stop.
 */
public final class RunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final String name;
    private final String owner;
    private final RunLockRow previous;
    private final RunLockMapper mapper;
    private final Runnable onClose;
    private final Runnable releaseLater;
    private final List<Runnable> lostListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> closeListeners = new CopyOnWriteArrayList<>();
    private volatile Long jobExecutionId;
    private volatile boolean lost;
    private volatile boolean closed;
    private volatile boolean failing;
    private ScheduledFuture<?> heartbeat;
    private Map<String, String> logContext;

    RunLock(
            String name,
            String owner,
            RunLockRow previous,
            RunLockMapper mapper,
            Runnable onClose,
            Runnable releaseLater) {
        this.name = name;
        this.owner = owner;
        this.previous = previous;
        this.mapper = mapper;
        this.onClose = onClose;
        this.releaseLater = releaseLater;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    /** The dead owner this lock was taken over from, or null when it was free. */
    public RunLockRow previousOwner() {
        return previous;
    }

    public boolean isLost() {
        return lost;
    }

    /** Records the job execution the lock guards, so that whoever finds it held or abandoned knows which. */
    public void attach(long executionId) {
        this.jobExecutionId = executionId;
        this.logContext = MDC.getCopyOfContextMap();
        beat();
    }

    /** Called when the lock is given back. */
    public void whenClosed(Runnable listener) {
        closeListeners.add(listener);
    }

    /** Called (once, from the heartbeat thread) when another process has taken the lock over. */
    public void onLost(Runnable listener) {
        lostListeners.add(listener);
    }

    void startHeartbeat(ScheduledExecutorService scheduler, Duration interval) {
        this.logContext = MDC.getCopyOfContextMap();
        heartbeat = scheduler.scheduleAtFixedRate(
                this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void beat() {
        if (closed || lost) {
            return;
        }
        Map<String, String> previousContext = MDC.getCopyOfContextMap();
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            if (mapper.heartbeat(name, owner, jobExecutionId) == 0 && !closed) {
                lost = true;
                log.error("Lost the run lock {}: another process took it over; stopping this run", name);
                lostListeners.forEach(Runnable::run);
            } else if (failing) {
                failing = false;
                log.info("The run lock {} is refreshed again", name);
            }
        } catch (DataAccessException e) {
            if (!failing) {
                failing = true;
                log.warn(
                        "Cannot refresh the run lock {}: {}",
                        name,
                        e.getMostSpecificCause().getMessage());
            }
        } finally {
            if (previousContext == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(previousContext);
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true; // before the monitor: a heartbeat waiting for it must not run any more
        synchronized (this) {
            giveBack();
        }
    }

    private void giveBack() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        onClose.run();
        closeListeners.forEach(Runnable::run);
        if (lost) {
            return;
        }
        try {
            mapper.release(name, owner);
            log.info("Released the run lock {}", name);
        } catch (DataAccessException e) {
            // This process's next run takes the row over as its own leftover; for the others (to whom this live
            // process still seems to hold it) the release is tried again until the database answers.
            log.warn(
                    "Could not release the run lock {} ({}); trying again until the database answers",
                    name,
                    e.getMostSpecificCause().getMessage());
            releaseLater.run();
        }
    }
}
