package org.zsyz.scorecard.store.audit;

import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.AuditAction;

/**
 * One audit record as stored.
 *
 * @param actor      the account's user name, or who ran the command line ({@code 命令行:user})
 * @param actorRole  BUREAU, COUNTY or SYSTEM (the command line, the schedule)
 * @param origin     the client's address, or the host for the command line
 * @param period     the period the action concerns, or {@code null}
 * @param unitCode   the unit it concerns, or {@code null}
 * @param subject    what it acted on (a file, a submission, a project, an account)
 * @param detail     what was done, in words the bureau reads
 */
public record AuditRecord(
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
        String prevHash,
        String recordHash) {}
