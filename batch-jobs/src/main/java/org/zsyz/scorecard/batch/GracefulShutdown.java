package org.zsyz.scorecard.batch;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * When the process is asked to end (systemd stop, Ctrl-C, SIGTERM) while runs are going, each is asked to stop
 * at its next chunk boundary and given a while to get there, so it ends STOPPED with its work committed and
 * resumes cleanly later, rather than being cut off mid-chunk.
 */
@Component
public class GracefulShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

    private final ActiveRuns activeRuns;
    private final Duration wait;

    public GracefulShutdown(ActiveRuns activeRuns, @Value("${scorecard.shutdown-wait:PT60S}") Duration wait) {
        this.activeRuns = activeRuns;
        this.wait = wait;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (activeRuns.running().isEmpty()) {
            return;
        }
        for (JobExecution execution : activeRuns.running()) {
            log.warn("Shutting down: asking {} to stop at its next chunk boundary", RunLogContext.label(execution));
            activeRuns.stop(execution);
        }
        Instant deadline = Instant.now().plus(wait);
        while (!activeRuns.running().isEmpty() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!activeRuns.running().isEmpty()) {
            log.warn(
                    "Shutting down with {} run(s) still going after {}; a restart resumes them",
                    activeRuns.running().size(),
                    wait);
        }
    }
}
