package org.zsyz.scorecard.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.zsyz.scorecard.store.lock.RunLockMapper;

/**
 * A run that ends while the database is gone cannot give its lock back. In a process that lives on (serve), other
 * processes of the host would see a live owner and refuse the period, so the release is tried again, every
 * heartbeat, until the database answers.
 */
class RunLockReleaseTest {

    @Test
    void aReleaseThatFailsIsTriedAgainUntilTheDatabaseAnswers() {
        RunLockMapper mapper = mock(RunLockMapper.class);
        when(mapper.heartbeat(anyString(), anyString(), any())).thenReturn(1);
        when(mapper.release(eq("period:2025-09"), anyString()))
                .thenThrow(new DataAccessResourceFailureException("Communications link failure"))
                .thenThrow(new DataAccessResourceFailureException("Communications link failure"))
                .thenReturn(1);
        RunLocks locks = new RunLocks(mapper, new RunLockProperties(Duration.ofMillis(100), Duration.ofMillis(200)));
        try {
            RunLock lock = locks.acquire("period:2025-09", "2025-09", "monthly");

            lock.close();

            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> verify(mapper, times(3)).release("period:2025-09", lock.owner()));
            // released: no more attempts
            await().during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> verify(mapper, times(3)).release("period:2025-09", lock.owner()));
            assertThat(lock.isLost()).isFalse();
        } finally {
            locks.destroy();
        }
    }
}
