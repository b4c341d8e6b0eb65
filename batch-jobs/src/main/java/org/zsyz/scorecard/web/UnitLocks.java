package org.zsyz.scorecard.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per unit, so that a unit's uploads are imported one after the other: two at once (a double click, two
 * colleagues) would otherwise both number their version from the same maximum and one would fail on the unique
 * key or on the other's row locks. Fair, so uploads are taken in the order they arrived.
 */
final class UnitLocks {

    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /**
     * Runs {@code work} holding the unit's lock; {@code timedOut} if the lock was not free within {@code wait}.
     */
    <T> T withLock(String unit, Duration wait, Supplier<T> work, Supplier<T> timedOut) {
        ReentrantLock lock = locks.computeIfAbsent(unit, u -> new ReentrantLock(true));
        boolean held;
        try {
            held = lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return timedOut.get();
        }
        if (!held) {
            return timedOut.get();
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
