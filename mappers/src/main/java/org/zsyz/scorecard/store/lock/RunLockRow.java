package org.zsyz.scorecard.store.lock;

import java.time.LocalDateTime;

/**
 * A row of {@code run_lock}: who holds a run's lock, and how long ago it last said it was alive.
 *
 * @param lockName           what is locked, e.g. {@code period:2025-09} or {@code year:2025}
 * @param owner              a token unique to one acquisition (host, process and a random part)
 * @param hostKey            identifies the machine and process namespace the owner's process id belongs to
 * @param processStartedAt   the owner process's start, epoch milliseconds: tells a reused process id apart
 * @param heartbeatAgeMillis how long ago, by the database's clock, the owner last refreshed the row
 *                           (only filled by the finders)
 */
public record RunLockRow(
        String lockName,
        String owner,
        String hostName,
        String hostKey,
        long processId,
        long processStartedAt,
        String jobName,
        Long jobExecutionId,
        LocalDateTime acquiredAt,
        LocalDateTime heartbeatAt,
        Long heartbeatAgeMillis) {

    /** A new row to insert or to take over with; the database fills the times. */
    public static RunLockRow claim(
            String lockName,
            String owner,
            String hostName,
            String hostKey,
            long processId,
            long processStartedAt,
            String jobName) {
        return new RunLockRow(
                lockName, owner, hostName, hostKey, processId, processStartedAt, jobName, null, null, null, null);
    }
}
