package org.zsyz.scorecard.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.portal.SubmissionLine;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * 催报: each unit of the period's year without a counting return gets a reminder naming the period, the deadline
 * of the year's method, what is missing and the portal link — on each of its contacts, once per day.
 */
@Service
public class ReminderService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final AssessedUnitMapper units;
    private final PortalMapper returns;
    private final ContactMapper contacts;
    private final AssessmentRulesSource method;
    private final MessageOutbox outbox;
    private final MessageProperties settings;
    private final Clock clock;

    public ReminderService(
            AssessedUnitMapper units,
            PortalMapper returns,
            ContactMapper contacts,
            AssessmentRulesSource method,
            MessageOutbox outbox,
            MessageProperties settings,
            Clock clock) {
        this.units = units;
        this.returns = returns;
        this.contacts = contacts;
        this.method = method;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * One unit's reminder.
     *
     * @param contacts whom it goes to (empty: the unit has no contact; nobody is reminded)
     * @param queued   how many of them were queued now (the rest were reminded today already, or it is a dry run)
     */
    public record Reminder(AssessedUnit unit, String gap, List<Contact> contacts, int queued) {}

    /** Decides and (unless {@code dryRun}) queues the reminders of a period; returns one line per unit lacking. */
    public List<Reminder> remind(YearMonth period, boolean dryRun) {
        LocalDate deadline = method.deadline(period);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<SubmissionLine>> versions =
                returns.findPeriodLines(period).stream().collect(Collectors.groupingBy(SubmissionLine::unitCode));
        List<Reminder> reminders = new ArrayList<>();
        for (AssessedUnit unit : units.findUnits(period.getYear())) {
            String gap = ReturnGap.of(versions.getOrDefault(unit.unitCode(), List.of()));
            if (gap == null) {
                continue;
            }
            List<Contact> to = contacts.findByOwner(unit.unitCode());
            int queued = 0;
            if (!dryRun) {
                String subject = subject(period, unit);
                String body = body(period, unit, gap, deadline, today);
                for (Contact contact : to) {
                    if (outbox.queue(MessageKind.REMINDER, period, contact, today.toString(), subject, body, null)) {
                        queued++;
                    }
                }
            }
            reminders.add(new Reminder(unit, gap, to, queued));
        }
        return reminders;
    }

    static String subject(YearMonth period, AssessedUnit unit) {
        return "【催报】" + unit.unitName() + " " + period.getYear() + "年" + period.getMonthValue() + "月招商引资月报表";
    }

    String body(YearMonth period, AssessedUnit unit, String gap, LocalDate deadline, LocalDate today) {
        StringBuilder text = new StringBuilder();
        text.append(unit.unitName()).append("：\n");
        text.append(period.getYear())
                .append("年")
                .append(period.getMonthValue())
                .append("月的招商引资月报表")
                .append(gap)
                .append("。\n");
        text.append("报送截止日：").append(DAY.format(deadline));
        if (today.isAfter(deadline)) {
            text.append("（已逾期 ")
                    .append(ChronoUnit.DAYS.between(deadline, today))
                    .append(" 天，逾期报送将按考核办法扣分）");
        } else if (today.equals(deadline)) {
            text.append("（今天截止）");
        } else {
            text.append("（还有 ").append(ChronoUnit.DAYS.between(today, deadline)).append(" 天）");
        }
        text.append("。\n");
        String link = settings.countyLink(period);
        if (link != null) {
            text.append("网上报送：").append(link).append("\n");
        }
        return text.toString();
    }
}
