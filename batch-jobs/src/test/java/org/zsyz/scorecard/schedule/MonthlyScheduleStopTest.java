package org.zsyz.scorecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.zsyz.scorecard.lock.RunLockProperties;
import org.zsyz.scorecard.operations.ScorecardOperations;

/**
 * Stopping {@code serve} while the schedule waits to try a failed month again: the stop is prompt (the pending
 * attempt is dropped, not waited for), while an attempt already running is let finish so its execution ends in a
 * resumable state, and is then not tried again by the stopping process.
 */
class MonthlyScheduleStopTest {

    static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);
    /** 20 October: September's run (6 October, 02:00) is overdue, so start() catches it up at once. */
    static final Clock OCTOBER_20 = Clock.fixed(Instant.parse("2025-10-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static ScheduleProperties settings() {
        return new ScheduleProperties(true, null, null, true, 3, Duration.ofMinutes(30));
    }

    @Test
    void stoppingWhileARetryIsPendingTakesSecondsNotTheTerminationTimeout() throws Exception {
        ScorecardOperations operations = mock(ScorecardOperations.class);
        when(operations.monthly(eq(SEPTEMBER), any(), anyBoolean())).thenThrow(new IllegalStateException("数据库不可用"));
        MonthlySchedule schedule =
                new MonthlySchedule(operations, settings(), OCTOBER_20, new RunLockProperties(null, null));
        schedule.start();
        // the catch-up attempt fails and a retry is scheduled 30 minutes later
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> verify(operations, times(1)).monthly(eq(SEPTEMBER), any(), anyBoolean()));
        Thread.sleep(300);

        Instant asked = Instant.now();
        schedule.stop();

        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
        verify(operations, times(1)).monthly(eq(SEPTEMBER), any(), anyBoolean());
    }

    @Test
    void anAttemptRunningWhenStopIsAskedEndsFirstAndIsNotRetried() throws Exception {
        ScorecardOperations operations = mock(ScorecardOperations.class);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch askedToStop = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        JobExecution stopped = mock(JobExecution.class);
        when(stopped.getStatus()).thenReturn(BatchStatus.STOPPED);
        when(stopped.getId()).thenReturn(7L);
        when(operations.monthly(eq(SEPTEMBER), eq(null), anyBoolean())).thenAnswer(call -> {
            running.countDown();
            askedToStop.await(20, TimeUnit.SECONDS);
            Thread.sleep(500);
            ended.set(true);
            return stopped;
        });
        MonthlySchedule schedule =
                new MonthlySchedule(operations, settings(), OCTOBER_20, new RunLockProperties(null, null));
        schedule.start();
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();

        Instant asked = Instant.now();
        askedToStop.countDown();
        schedule.stop();

        assertThat(ended).as("stop waited for the running attempt").isTrue();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
        Thread.sleep(500);
        verify(operations, times(1)).monthly(eq(SEPTEMBER), any(), anyBoolean());
    }
}
