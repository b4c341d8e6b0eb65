package org.zsyz.scorecard.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.cursor.Cursor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.store.audit.AuditHead;
import org.zsyz.scorecard.store.audit.AuditMapper;
import org.zsyz.scorecard.store.audit.AuditRecord;

/**
 * The audit trail (操作记录). A record is appended in the caller's transaction when there is one, so an action
 * that is refused or rolled back leaves no record, and one that is committed always has its record; appends take
 * the chain head's row lock, so they are numbered and chained one at a time across processes.
 */
@Component
public class AuditTrail {

    private final AuditMapper audit;
    private final Clock clock;

    public AuditTrail(AuditMapper audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an action of whoever acts on this thread ({@link AuditActors#current()}). */
    @Transactional
    public AuditRecord record(AuditAction action, YearMonth period, String unitCode, String subject, String detail) {
        return record(AuditActors.current(), action, period, unitCode, subject, detail);
    }

    @Transactional
    public AuditRecord record(
            AuditActor actor, AuditAction action, YearMonth period, String unitCode, String subject, String detail) {
        AuditHead head = audit.lockHead();
        if (head == null) {
            // the migration writes the head; only a cleared table gets here
            head = new AuditHead(0, AuditChain.GENESIS);
            audit.insertHead(head);
            head = audit.lockHead();
        }
        long id = head.lastId() + 1;
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String periodText = period == null ? null : period.toString();
        String subjectText = clip(subject, 300);
        String detailText = clip(detail, 2000);
        String hash = AuditChain.hash(
                id,
                now,
                actor.name(),
                actor.role(),
                actor.origin(),
                action,
                periodText,
                unitCode,
                subjectText,
                detailText,
                head.lastHash());
        AuditRecord record = new AuditRecord(
                id,
                now,
                actor.name(),
                actor.role(),
                actor.origin(),
                action,
                periodText,
                unitCode,
                subjectText,
                detailText,
                head.lastHash(),
                hash);
        audit.insertRecord(record);
        audit.updateHead(new AuditHead(id, hash));
        return record;
    }

    /** The newest {@code limit} records of a period and/or unit ({@code null} = any), oldest first. */
    public List<AuditRecord> records(YearMonth period, String unitCode, int limit) {
        return audit.findRecords(period == null ? null : period.toString(), unitCode, limit);
    }

    /** Verifies the whole chain, whatever a listing was filtered by; holds off appends while it reads. */
    @Transactional
    public AuditVerdict verify() {
        AuditHead head = audit.lockHead();
        try (Cursor<AuditRecord> records = audit.streamAll()) {
            return AuditChain.verify(records.iterator(), head);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
