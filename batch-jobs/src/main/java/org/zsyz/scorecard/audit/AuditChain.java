package org.zsyz.scorecard.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Iterator;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.store.audit.AuditHead;
import org.zsyz.scorecard.store.audit.AuditRecord;

/**
 * The audit trail's hash chain, in plain Java: a record's hash covers its number, every field and the hash of the
 * record before it, so changing any stored field, deleting or reordering records breaks the chain from there on.
 */
public final class AuditChain {

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private AuditChain() {}

    public static String hash(
            long id,
            LocalDateTime occurredAt,
            String actor,
            String actorRole,
            String origin,
            AuditAction action,
            String period,
            String unitCode,
            String subject,
            String detail,
            String prevHash) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            id, occurredAt, actor, actorRole, origin, action.name(), period, unitCode, subject, detail, prevHash
        }) {
            text.append(field == null ? "" : field.toString()).append(SEPARATOR);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashOf(AuditRecord r) {
        return hash(
                r.id(),
                r.occurredAt(),
                r.actor(),
                r.actorRole(),
                r.origin(),
                r.action(),
                r.period(),
                r.unitCode(),
                r.subject(),
                r.detail(),
                r.prevHash());
    }

    /**
     * Walks the records in chain order against the head.
     *
     * @param head {@code null} when the head row is missing (itself a break if there are records)
     */
    public static AuditVerdict verify(Iterator<AuditRecord> records, AuditHead head) {
        long expectedId = 1;
        String previous = GENESIS;
        long count = 0;
        while (records.hasNext()) {
            AuditRecord r = records.next();
            count++;
            if (r.id() != expectedId) {
                return AuditVerdict.broken(
                        count, r.id(), "记录编号不连续：第 " + (expectedId - 1) + " 条之后是第 " + r.id() + " 条（中间的记录被删除）");
            }
            if (!r.prevHash().equals(previous)) {
                return AuditVerdict.broken(
                        count, r.id(), "第 " + r.id() + " 条记录所存的前一条散列与第 " + (r.id() - 1) + " 条不符（前面的记录被改动或替换）");
            }
            if (!hashOf(r).equals(r.recordHash())) {
                return AuditVerdict.broken(count, r.id(), "第 " + r.id() + " 条记录的内容与其散列不符（记录被改动过）");
            }
            previous = r.recordHash();
            expectedId++;
        }
        long last = expectedId - 1;
        if (head == null) {
            return count == 0 ? AuditVerdict.intact(0) : AuditVerdict.broken(count, last, "操作记录的链头（audit_head）不见了");
        }
        if (head.lastId() != last || !head.lastHash().equals(previous)) {
            return AuditVerdict.broken(
                    count, last, "链头指向第 " + head.lastId() + " 条记录，而现存最后一条是第 " + last + " 条（末尾的记录被删除或改动）");
        }
        return AuditVerdict.intact(count);
    }
}
