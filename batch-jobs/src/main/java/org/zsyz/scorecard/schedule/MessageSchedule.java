package org.zsyz.scorecard.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.notify.MessageDispatcher;
import org.zsyz.scorecard.notify.MessageProperties;
import org.zsyz.scorecard.notify.ReminderService;

/**
 * The messages' timetable, for {@code scorecard serve}: every {@code scorecard.messages.send-interval} it sends what
 * is due (retries included); at {@code remind-cron} on the days {@code remind-days} from a period's deadline it
 * reminds the units that have not reported. A reminder already sent that day is not sent again, also when another
 * instance runs the same timetable.
 */
@Component
public class MessageSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MessageSchedule.class);

    private final ReminderService reminders;
    private final MessageDispatcher dispatcher;
    private final MessageProperties settings;
    private final AssessmentRulesSource method;
    private final ScheduleProperties schedule;
    private final Clock clock;
    private ThreadPoolTaskScheduler scheduler;

    public MessageSchedule(
            ReminderService reminders,
            MessageDispatcher dispatcher,
            MessageProperties settings,
            AssessmentRulesSource method,
            ScheduleProperties schedule,
            Clock clock) {
        this.reminders = reminders;
        this.dispatcher = dispatcher;
        this.settings = settings;
        this.method = method;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The periods whose deadline is one of {@code days} away from {@code today} (negative: before it). */
    public static List<YearMonth> periodsToRemind(
            LocalDate today, List<Integer> days, Function<YearMonth, LocalDate> deadline) {
        List<YearMonth> due = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (YearMonth period = current.minusMonths(2); !period.isAfter(current); period = period.plusMonths(1)) {
            long offset = ChronoUnit.DAYS.between(deadline.apply(period), today);
            if (days.contains((int) offset)) {
                due.add(period);
            }
        }
        return due;
    }

    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("messages-");
        scheduler.setClock(clock);
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::sendDue, settings.sendInterval());
        if (!settings.remindDays().isEmpty()) {
            scheduler.schedule(this::remindToday, new CronTrigger(settings.remindCron(), schedule.zone()));
        }
        log.info(
                "Messages: sending every {}; reminders at '{}' on days {} from the deadline",
                settings.sendInterval(),
                settings.remindCron(),
                settings.remindDays());
    }

    void sendDue() {
        try {
            MessageDispatcher.Tally tally = dispatcher.sendDue();
            if (tally.sent() + tally.retrying() + tally.failed() > 0) {
                log.info("Messages: {} sent, {} to retry, {} failed", tally.sent(), tally.retrying(), tally.failed());
            }
        } catch (RuntimeException e) {
            log.warn("Messages: sending failed: {}", e.toString());
        }
    }

    void remindToday() {
        try {
            LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
            for (YearMonth period : periodsToRemind(today, settings.remindDays(), method::deadline)) {
                int queued = reminders.remind(period, false).stream()
                        .mapToInt(ReminderService.Reminder::queued)
                        .sum();
                log.info("Messages: 催报 for {}: {} reminders queued", period, queued);
            }
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Messages: reminders failed: {}", e.toString());
        }
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public void destroy() {
        stop();
    }
}
