package org.zsyz.scorecard.notify;

import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.annual.AnnualJobConfiguration;
import org.zsyz.scorecard.annual.QuarterlyJobConfiguration;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.batch.Failures;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.batch.RunListenersRegistrar;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.monthly.MonthlyJobConfiguration;
import org.zsyz.scorecard.publish.PublishJobConfiguration;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;

/**
 * The hook between the runs and the messages: after a publishing run completes — a month's ({@code publish},
 * {@code monthly}) or a term's ({@code annual}, {@code quarterly}), started from the command line, the portal or
 * the schedule — its publication is delivered;
 * after any run fails, the bureau's IT contacts are alerted with the reason and the command that resumes it. It
 * only queues (a few inserts) and hands the sending to the background: a mail server or robot that is down never
 * fails or delays a run, and an error here is logged, never thrown into the run.
 */
@Component
public class RunMessagesListener implements JobExecutionListener, RunListenersRegistrar.EveryRunListener {

    private static final Logger log = LoggerFactory.getLogger(RunMessagesListener.class);

    private final PublicationDelivery delivery;
    private final TermDelivery terms;
    private final ContactMapper contacts;
    private final MessageOutbox outbox;
    private final MessageDispatcher dispatcher;

    public RunMessagesListener(
            PublicationDelivery delivery,
            TermDelivery terms,
            ContactMapper contacts,
            MessageOutbox outbox,
            MessageDispatcher dispatcher) {
        this.delivery = delivery;
        this.terms = terms;
        this.contacts = contacts;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            String name = execution.getJobInstance().getJobName();
            String periodText = execution.getJobParameters().getString(JobParameterNames.PERIOD);
            YearMonth period = periodText == null ? null : YearMonth.parse(periodText);
            String termText = execution.getJobParameters().getString(JobParameterNames.TERM);
            Term term = termText == null ? null : Term.parse(termText);
            boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
            int queued = 0;
            if (completed
                    && period != null
                    && (name.equals(PublishJobConfiguration.JOB) || name.equals(MonthlyJobConfiguration.JOB))) {
                queued = delivery.deliver(period);
            } else if (completed
                    && term != null
                    && (name.equals(AnnualJobConfiguration.JOB) || name.equals(QuarterlyJobConfiguration.JOB))) {
                queued = terms.deliver(term);
            } else if (execution.getStatus() == BatchStatus.FAILED) {
                queued = alert(execution, name, period, term);
            }
            if (queued > 0) {
                dispatcher.sendSoon();
            }
        } catch (RuntimeException e) {
            log.warn("Messages of run {} not queued: {}", execution.getId(), e.toString());
        }
    }

    private int alert(JobExecution execution, String name, YearMonth period, Term term) {
        List<Contact> it = contacts.findByOwner(Contact.IT);
        if (it.isEmpty()) {
            return 0;
        }
        String reason = execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(Failures::reason)
                .orElse(execution.getExitStatus().getExitDescription());
        String of = period != null ? period.toString() : term != null ? term.key() : null;
        String subject = "【故障】" + name + (of == null ? "" : " " + of) + " 运行失败（#" + execution.getId() + "）";
        String body = alertBody(name, of, execution.getId(), reason);
        // a term's alert is listed with its last month, as its delivery is
        YearMonth listed = period != null ? period : term != null ? term.lastMonth() : null;
        int queued = 0;
        for (Contact contact : it) {
            if (outbox.queue(MessageKind.ALERT, listed, contact, "exec" + execution.getId(), subject, body, null)) {
                queued++;
            }
        }
        return queued;
    }

    static String alertBody(String job, String of, long executionId, String reason) {
        return "运行 " + job + (of == null ? "" : "（" + of + "）") + " #" + executionId + " 失败。\n"
                + "原因：" + reason + "\n"
                + "排除原因后，在服务器的工作目录运行：scorecard restart " + executionId + "\n"
                + "（从中断处继续；已完成的部分不会重做。）\n";
    }
}
