package org.zsyz.scorecard.notify;

import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.batch.Failures;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.batch.RunListenersRegistrar;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.monthly.MonthlyJobConfiguration;
import org.zsyz.scorecard.publish.PublishJobConfiguration;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;

/**
 * The hook between the runs and the messages: after a publishing run completes, its publication is delivered;
 * after any run fails, the bureau's IT contacts are alerted with the reason and the command that resumes it. It
 * only queues (a few inserts) and hands the sending to the background: a mail server or robot that is down never
 * fails or delays a run, and an error here is logged, never thrown into the run.
 */
@Component
public class RunMessagesListener implements JobExecutionListener, RunListenersRegistrar.EveryRunListener {

    private static final Logger log = LoggerFactory.getLogger(RunMessagesListener.class);

    private final PublicationDelivery delivery;
    private final ContactMapper contacts;
    private final MessageOutbox outbox;
    private final MessageDispatcher dispatcher;

    public RunMessagesListener(
            PublicationDelivery delivery, ContactMapper contacts, MessageOutbox outbox, MessageDispatcher dispatcher) {
        this.delivery = delivery;
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
            int queued = 0;
            if (execution.getStatus() == BatchStatus.COMPLETED
                    && period != null
                    && (name.equals(PublishJobConfiguration.JOB) || name.equals(MonthlyJobConfiguration.JOB))) {
                queued = delivery.deliver(period);
            } else if (execution.getStatus() == BatchStatus.FAILED) {
                queued = alert(execution, name, period);
            }
            if (queued > 0) {
                dispatcher.sendSoon();
            }
        } catch (RuntimeException e) {
            log.warn("Messages of run {} not queued: {}", execution.getId(), e.toString());
        }
    }

    private int alert(JobExecution execution, String name, YearMonth period) {
        List<Contact> it = contacts.findByOwner(Contact.IT);
        if (it.isEmpty()) {
            return 0;
        }
        String reason = execution.getAllFailureExceptions().stream()
                .findFirst()
                .map(Failures::reason)
                .orElse(execution.getExitStatus().getExitDescription());
        String subject = "【故障】" + name + (period == null ? "" : " " + period) + " 运行失败（#" + execution.getId() + "）";
        String body = alertBody(name, period, execution.getId(), reason);
        int queued = 0;
        for (Contact contact : it) {
            if (outbox.queue(MessageKind.ALERT, period, contact, "exec" + execution.getId(), subject, body, null)) {
                queued++;
            }
        }
        return queued;
    }

    static String alertBody(String job, YearMonth period, long executionId, String reason) {
        return "运行 " + job + (period == null ? "" : "（" + period + "）") + " #" + executionId + " 失败。\n"
                + "原因：" + reason + "\n"
                + "排除原因后，在服务器的工作目录运行：scorecard restart " + executionId + "\n"
                + "（从中断处继续；已完成的部分不会重做。）\n";
    }
}
