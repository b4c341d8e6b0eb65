package org.zsyz.scorecard.notify;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.domain.ContactChannel;
import org.zsyz.scorecard.store.message.MessageMapper;
import org.zsyz.scorecard.store.message.OutboundMessage;

/**
 * Sends the messages that are due: each is claimed first (one statement, so two processes never both send it),
 * sent, and marked sent — or failed, to be tried again after a doubling wait until its attempts run out. Nothing
 * here throws to its caller: a mail server or robot that is down is a recorded failure, never a failed run.
 */
@Component
public class MessageDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);
    private static final int BATCH = 200;

    private final MessageMapper messages;
    private final EmailSender mail;
    private final RobotSender robots;
    private final MessageProperties settings;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "messages");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queuedInBackground = new AtomicBoolean();

    public MessageDispatcher(
            MessageMapper messages, EmailSender mail, RobotSender robots, MessageProperties settings, Clock clock) {
        this.messages = messages;
        this.mail = mail;
        this.robots = robots;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one pass did. */
    public record Tally(int sent, int retrying, int failed) {
        Tally plus(Tally other) {
            return new Tally(sent + other.sent, retrying + other.retrying, failed + other.failed);
        }
    }

    /** Sends everything due now, in this thread; returns what happened. */
    public Tally sendDue() {
        Tally total = new Tally(0, 0, 0);
        List<Long> due = messages.findDue(now(), BATCH);
        for (long id : due) {
            total = total.plus(sendOne(id));
        }
        return total;
    }

    /** Sends what is due in a background thread, so the caller (a finished run) is not held up. */
    public void sendSoon() {
        if (queuedInBackground.compareAndSet(false, true)) {
            background.execute(() -> {
                queuedInBackground.set(false);
                try {
                    Tally tally = sendDue();
                    log.info(
                            "Messages: {} sent, {} to retry, {} failed",
                            tally.sent(),
                            tally.retrying(),
                            tally.failed());
                } catch (RuntimeException e) {
                    log.warn("Messages: sending stopped: {}", e.toString());
                }
            });
        }
    }

    private Tally sendOne(long id) {
        LocalDateTime now = now();
        if (messages.claim(id, now, now.plus(settings.claim())) == 0) {
            return new Tally(0, 0, 0); // another sender has it
        }
        OutboundMessage message = messages.findMessage(id);
        try {
            if (message.channel() == ContactChannel.EMAIL) {
                mail.send(message);
            } else {
                robots.send(message);
            }
            messages.markSent(id, now());
            return new Tally(1, 0, 0);
        } catch (SendFailure | RuntimeException e) {
            String reason = e instanceof SendFailure ? e.getMessage() : "发送出错：" + e;
            int attempts = message.attempts() + 1;
            boolean last = attempts >= settings.maxAttempts();
            LocalDateTime next = last ? now() : now().plus(settings.backOff(attempts));
            messages.markFailed(id, reason.length() > 1000 ? reason.substring(0, 1000) : reason, next, last);
            log.warn(
                    "Message {} to {} ({}) failed, attempt {} of {}: {}",
                    id,
                    message.owner(),
                    message.channel(),
                    attempts,
                    settings.maxAttempts(),
                    reason);
            return last ? new Tally(0, 0, 1) : new Tally(0, 1, 0);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Lets a pass under way finish (bounded by the robots' timeouts), so a command does not cut a send short. */
    @Override
    public void destroy() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(settings.requestTimeout().toSeconds() * 3 + 5, TimeUnit.SECONDS);
    }
}
