package org.zsyz.scorecard.lock;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.lock.RunLockMapper;
import org.zsyz.scorecard.store.lock.RunLockRow;

/**
 * Takes and gives back run locks. A lock is free, held by a live process (refused), or held by a dead one:
 * on the owner's own host that is a process that no longer exists; from another host, one whose heartbeat
 * is older than the lease. A dead owner's lock is taken over, and the caller learns whose it was so that it
 * can recover the run that owner left behind.
 */
@Component
public class RunLocks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLocks.class);
    private static final int ATTEMPTS = 5;

    /** Tokens of the locks this JVM holds, whichever Spring context took them. */
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private final RunLockMapper mapper;
    private final RunLockProperties settings;
    private final ProcessIdentity self = ProcessIdentity.current();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "run-lock-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public RunLocks(RunLockMapper mapper, RunLockProperties settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /** How a lock's holder looks from here. */
    public enum Liveness {
        /** Held by a process that runs (or, from another host, has a fresh heartbeat). */
        ALIVE,
        /** Held by a process of this host that no longer exists, or a leftover of this very process. */
        DEAD,
        /** Held from another host whose heartbeat is older than the lease. */
        EXPIRED
    }

    /**
     * Takes the lock or refuses.
     *
     * @param lockName what to lock, e.g. {@code period:2025-09}
     * @param subject  what the lock protects, in the words of the refusal, e.g. {@code 2025-09}
     * @param jobName  the job about to run, shown to whoever is refused
     * @throws RunLockedException when a live process holds it
     */
    public RunLock acquire(String lockName, String subject, String jobName) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String owner = self.hostName() + ":" + self.processId() + ":"
                    + UUID.randomUUID().toString().substring(0, 8);
            RunLockRow claim = RunLockRow.claim(
                    lockName,
                    owner,
                    clip(self.hostName(), 100),
                    self.hostKey(),
                    self.processId(),
                    self.startedAt(),
                    jobName);
            // Known as ours before the row exists: another context of this JVM that meets the row while we are
            // still inserting must see a live holder, not a leftover of this process.
            HELD.add(owner);
            try {
                mapper.insertLock(claim);
                return held(claim, null);
            } catch (DuplicateKeyException taken) {
                HELD.remove(owner); // somebody holds it: alive or not?
            } catch (RuntimeException e) {
                HELD.remove(owner);
                throw e;
            }
            RunLockRow holder = mapper.findLock(lockName);
            if (holder == null) {
                continue; // released meanwhile
            }
            Liveness liveness = liveness(holder);
            if (liveness == Liveness.ALIVE) {
                throw new RunLockedException(subject, holder);
            }
            HELD.add(owner);
            if (mapper.takeOver(claim, holder.owner()) != 1) {
                HELD.remove(owner);
            } else {
                log.warn(
                        "Took over the run lock {} from {} (process {} on {}: {}; last heartbeat {} ms ago)",
                        lockName,
                        holder.owner(),
                        holder.processId(),
                        holder.hostName(),
                        liveness == Liveness.EXPIRED
                                ? "heartbeat older than " + settings.lease()
                                : holder.processId() == self.processId()
                                        ? "left over by this process"
                                        : "the process no longer runs",
                        holder.heartbeatAgeMillis());
                return held(claim, holder);
            }
        }
        RunLockRow holder = mapper.findLock(lockName);
        throw holder != null
                ? new RunLockedException(subject, holder)
                : new IllegalStateException(
                        "Could not take the run lock " + lockName + " after " + ATTEMPTS + " attempts");
    }

    /** The holder of a lock, or null when it is free. */
    public RunLockRow holder(String lockName) {
        return mapper.findLock(lockName);
    }

    public List<RunLockRow> holders() {
        return mapper.findLocks();
    }

    public Liveness liveness(RunLockRow holder) {
        if (HELD.contains(holder.owner())) {
            return Liveness.ALIVE;
        }
        if (self.sameHost(holder.hostKey())) {
            if (holder.processId() == self.processId()) {
                return Liveness.DEAD; // this process's own leftover (a release that failed): not held any more
            }
            return ProcessIdentity.isRunning(holder.processId(), holder.processStartedAt())
                    ? Liveness.ALIVE
                    : Liveness.DEAD;
        }
        Long age = holder.heartbeatAgeMillis();
        return age != null && age > settings.lease().toMillis() ? Liveness.EXPIRED : Liveness.ALIVE;
    }

    private RunLock held(RunLockRow claim, RunLockRow previous) {
        HELD.add(claim.owner());
        RunLock lock = new RunLock(
                claim.lockName(),
                claim.owner(),
                previous,
                mapper,
                () -> HELD.remove(claim.owner()),
                () -> releaseLater(claim.lockName(), claim.owner()));
        lock.startHeartbeat(heartbeats, settings.heartbeat());
        log.info("Holding the run lock {} as {}", claim.lockName(), claim.owner());
        return lock;
    }

    /**
     * Gives back a lock whose release failed (the database was gone), once the database answers again: until then
     * other processes of this host see this live process as its holder and would refuse to run the period.
     */
    void releaseLater(String lockName, String owner) {
        AtomicReference<ScheduledFuture<?>> retry = new AtomicReference<>();
        Runnable attempt = () -> {
            try {
                mapper.release(lockName, owner); // deletes nothing if another process has taken it over since
                log.info("Released the run lock {} after the database came back", lockName);
                retry.get().cancel(false);
            } catch (DataAccessException e) {
                // still gone: the next attempt comes with the next heartbeat
            }
        };
        synchronized (retry) {
            retry.set(heartbeats.scheduleWithFixedDelay(
                    () -> {
                        synchronized (retry) {
                            attempt.run();
                        }
                    },
                    settings.heartbeat().toMillis(),
                    settings.heartbeat().toMillis(),
                    TimeUnit.MILLISECONDS));
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
    }
}
