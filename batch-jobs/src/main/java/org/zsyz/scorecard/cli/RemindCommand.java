package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.notify.MessageDispatcher;
import org.zsyz.scorecard.notify.ReminderService;
import org.zsyz.scorecard.store.contact.Contact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scorecard remind --period P [--dry-run]}: 催报 — a reminder to each unit without a counting return, on each
 * of its contacts, once a day however often it is run; then sends what is due.
 */
@Command(
        name = "remind",
        mixinStandardHelpOptions = true,
        description = "Remind every unit without a counting return of the period (催报), once a day; --dry-run only lists"
                + " them.")
class RemindCommand extends SpringCommand {

    @Mixin
    PeriodOption periodOption;

    @Option(names = "--dry-run", description = "list who would be reminded and why; send nothing")
    boolean dryRun;

    @Override
    int run(ConfigurableApplicationContext context) {
        YearMonth period = periodOption.value();
        List<ReminderService.Reminder> reminders =
                context.getBean(ReminderService.class).remind(period, dryRun);
        if (reminders.isEmpty()) {
            out().println(period + "：各单位均已报送，无需催报");
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("单位", "情况", "发往", dryRun ? "将催报" : "本次");
        for (ReminderService.Reminder r : reminders) {
            table.row(
                    r.unit().unitCode() + " " + r.unit().unitName(),
                    r.gap(),
                    r.contacts().isEmpty()
                            ? "（无联系人）"
                            : String.join(
                                    "，",
                                    r.contacts().stream().map(Contact::address).toList()),
                    r.contacts().isEmpty()
                            ? "—"
                            : dryRun ? r.contacts().size() + " 条" : r.queued() == 0 ? "今天已催报" : r.queued() + " 条新消息");
        }
        out().print(table);
        if (!dryRun) {
            MessageDispatcher.Tally tally =
                    context.getBean(MessageDispatcher.class).sendDue();
            Printouts.messageTally(out(), tally);
        }
        return ExitCodes.OK;
    }
}
