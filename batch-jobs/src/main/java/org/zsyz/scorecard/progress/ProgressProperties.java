package org.zsyz.scorecard.progress;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code scorecard.progress.*}: how long steps report how far they are.
 *
 * @param terminal    AUTO (a live line when the process has a terminal), ALWAYS or NEVER
 * @param logInterval without a terminal, a progress line goes to the log this often (default 30 s)
 */
@ConfigurationProperties("scorecard.progress")
public record ProgressProperties(Terminal terminal, Duration logInterval) {

    public enum Terminal {
        AUTO,
        ALWAYS,
        NEVER
    }

    public ProgressProperties {
        terminal = terminal == null ? Terminal.AUTO : terminal;
        logInterval = logInterval == null ? Duration.ofSeconds(30) : logInterval;
    }
}
