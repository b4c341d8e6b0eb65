package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.contact.ContactService;
import org.zsyz.scorecard.notify.MessageDispatcher;
import org.zsyz.scorecard.notify.MessageOutbox;
import org.zsyz.scorecard.store.message.OutboundMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scorecard messages [--period P] [--limit N] [--send]}: the messages sent to whom, when, with what outcome. */
@Command(
        name = "messages",
        mixinStandardHelpOptions = true,
        description = "The messages to the units and the bureau, newest first, with their outcome; --send sends what is"
                + " due now (retries included).")
class MessagesCommand extends SpringCommand {

    @Option(names = "--period", converter = PeriodOption.Converter.class, description = "only this period (YYYY-MM)")
    YearMonth period;

    @Option(names = "--limit", defaultValue = "50", description = "at most this many (default 50)")
    int limit;

    @Option(names = "--send", description = "first send every message that is due (e.g. after the mail server is back)")
    boolean send;

    @Override
    int run(ConfigurableApplicationContext context) {
        if (send) {
            Printouts.messageTally(
                    out(), context.getBean(MessageDispatcher.class).sendDue());
        }
        TextTable table = new TextTable("编号", "时间", "类别", "期别", "收件方", "方式", "地址", "状态", "次数", "说明");
        for (OutboundMessage m : context.getBean(MessageOutbox.class).recent(period, Math.max(1, limit))) {
            table.row(
                    m.id(),
                    (m.sentAt() != null ? m.sentAt() : m.createdAt()).toString().replace('T', ' '),
                    m.kind().label(),
                    m.period(),
                    ContactService.ownerLabel(m.owner()),
                    m.channel().label(),
                    m.recipient().length() > 60 ? m.recipient().substring(0, 60) + "…" : m.recipient(),
                    m.status().label(),
                    m.attempts(),
                    m.lastError());
        }
        if (table.isEmpty()) {
            out().println("还没有消息");
        } else {
            out().print(table);
        }
        return ExitCodes.OK;
    }
}
