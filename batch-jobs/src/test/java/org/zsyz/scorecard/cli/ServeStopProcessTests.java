package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} stopped (SIGTERM, as systemd does) while its schedule waits to try a failed month again: it ends in
 * seconds, not after the 120 s the scheduler used to wait for the pending retry, and the failed run is left
 * resumable (FAILED, not STARTED or UNKNOWN).
 */
class ServeStopProcessTests {

    @TempDir
    Path root;

    @Test
    void serveStopsPromptlyWithARetryPendingAndLeavesTheRunResumable() throws Exception {
        Path folder = Files.createDirectories(root.resolve("home"));
        Path tmpdir = Files.createDirectories(root.resolve("tmp"));
        Duration took;
        // midnight on the 1st: whatever today's date, this month's run is due, so serve catches up last month at
        // once; with no targets and no returns that run fails, and a retry is scheduled 30 minutes later
        try (ServeProcess serve = ServeProcess.serve(
                folder, tmpdir, "--scorecard.schedule.enabled=true", "--scorecard.schedule.cron=0 0 0 1 * *")) {
            serve.port();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!serve.output().contains("trying again at") && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(serve.output()).contains("trying again at");

            took = serve.stop();
        }

        assertThat(took).isLessThan(Duration.ofSeconds(20));
        String jobs = ServeProcess.run(folder, tmpdir, Map.of(), 0, "jobs");
        assertThat(jobs).contains("monthly", "FAILED").doesNotContain("STARTED", "UNKNOWN");
    }
}
