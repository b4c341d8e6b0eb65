package org.zsyz.scorecard.notify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.message.MessageMapper;
import org.zsyz.scorecard.store.message.OutboundMessage;

/**
 * Queues messages for the sender. Each has a key (kind, period, owner, occasion, recipient): the database's unique
 * key lets the first of two commands or instances queue it and turns the second into "already queued", so a
 * message decided twice is sent once.
 */
@Component
public class MessageOutbox {

    private final MessageMapper messages;
    private final Clock clock;

    public MessageOutbox(MessageMapper messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param occasion what makes this message distinct from an earlier one of the same kind, e.g. the day of a
     *                 reminder or the revision of a publication
     * @return whether it was queued now ({@code false}: queued before)
     */
    public boolean queue(
            MessageKind kind,
            YearMonth period,
            Contact contact,
            String occasion,
            String subject,
            String body,
            String attachment) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        OutboundMessage message = new OutboundMessage(
                null,
                key(kind, period, contact.owner(), occasion, contact.address()),
                kind,
                period,
                contact.owner(),
                contact.channel(),
                contact.address(),
                contact.secret(),
                subject.length() > 300 ? subject.substring(0, 300) : subject,
                body,
                contact.channel() == org.zsyz.scorecard.domain.ContactChannel.EMAIL ? attachment : null,
                null,
                0,
                null,
                now,
                now,
                null);
        try {
            messages.insertMessage(message);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public List<OutboundMessage> recent(YearMonth period, int limit) {
        return messages.findRecent(period, limit);
    }

    static String key(MessageKind kind, YearMonth period, String owner, String occasion, String recipient) {
        return kind + "|" + (period == null ? "-" : period) + "|" + owner + "|" + occasion + "|" + sha256(recipient);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
