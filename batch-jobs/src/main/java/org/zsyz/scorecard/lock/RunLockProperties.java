package org.zsyz.scorecard.lock;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scorecard.lock.*}: how a run shows it is alive.
 *
 * @param heartbeat how often a running process refreshes its lock (default 20 s)
 * @param lease     how old a heartbeat from another host may get before its run counts as dead (default 2 min);
 *                  on the owner's own host a dead process is recognised at once
 */
@ConfigurationProperties("scorecard.lock")
public record RunLockProperties(Duration heartbeat, Duration lease) {

    public RunLockProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(20) : heartbeat;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        if (lease.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("scorecard.lock.lease (" + lease + ") must be at least twice "
                    + "scorecard.lock.heartbeat (" + heartbeat + ")");
        }
    }
}
