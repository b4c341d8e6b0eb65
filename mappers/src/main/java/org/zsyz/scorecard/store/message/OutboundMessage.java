package org.zsyz.scorecard.store.message;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.zsyz.scorecard.domain.ContactChannel;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.domain.MessageStatus;

/**
 * A message to one contact and what became of it.
 *
 * @param messageKey    unique: the same message is queued once however often it is decided
 * @param period        the period it is about, {@code null} for none
 * @param owner         the unit code, or the bureau's {@code @office} / {@code @it}
 * @param attachment    a file to attach (e-mail only), relative to the working folder; {@code null} for none
 * @param attempts      attempts made so far
 * @param lastError     why the last attempt failed, {@code null} when none did
 * @param nextAttemptAt not tried before this time (for SENDING: when the claim lapses)
 */
public record OutboundMessage(
        Long id,
        String messageKey,
        MessageKind kind,
        YearMonth period,
        String owner,
        ContactChannel channel,
        String recipient,
        String secret,
        String subject,
        String body,
        String attachment,
        MessageStatus status,
        int attempts,
        String lastError,
        LocalDateTime createdAt,
        LocalDateTime nextAttemptAt,
        LocalDateTime sentAt) {}
