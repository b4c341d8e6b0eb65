package org.zsyz.scorecard.schedule;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code scorecard.schedule.*}: when {@code scorecard serve} runs the month.
 *
 * @param enabled    whether serve runs the monthly job at all (default true)
 * @param cron       Spring cron (second minute hour day month weekday); default {@code 0 0 2 6 * *}: 02:00 on the
 *                   6th, the day after the returns' deadline; each run is for the month before the one it fires in
 * @param zone       the time zone of the cron (default Asia/Shanghai)
 * @param catchUp    on start, run this month's run at once if its time has passed and the month before is not
 *                   published yet (the server was down at 02:00, or every attempt failed) — default true
 * @param retries    how many more times a failed scheduled run is tried (default 3)
 * @param retryDelay how long after a failure it is tried again (default 30 min)
 */
@ConfigurationProperties("scorecard.schedule")
public record ScheduleProperties(
        Boolean enabled, String cron, ZoneId zone, Boolean catchUp, Integer retries, Duration retryDelay) {

    public ScheduleProperties {
        enabled = enabled == null || enabled;
        cron = cron == null || cron.isBlank() ? "0 0 2 6 * *" : cron.strip();
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        catchUp = catchUp == null || catchUp;
        retries = retries == null ? 3 : retries;
        retryDelay = retryDelay == null ? Duration.ofMinutes(30) : retryDelay;
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("scorecard.schedule.cron is not a valid cron expression (second minute "
                    + "hour day month weekday): " + cron);
        }
    }

    public CronExpression cronExpression() {
        return CronExpression.parse(cron);
    }
}
