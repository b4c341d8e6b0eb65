package org.zsyz.scorecard.store.returns;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One version of a unit's return for a period, as submitted.
 *
 * @param submittedAt when the file arrived (inbox file time or upload time), judged against the deadline
 * @param source      INBOX or PORTAL
 */
public record ReturnSubmission(
        Long id,
        String unitCode,
        YearMonth period,
        int versionNo,
        String fileName,
        String sha256,
        LocalDateTime submittedAt,
        SubmissionStatus status,
        boolean late,
        int rowCount,
        int errorCount,
        int warningCount,
        String reporter,
        String phone,
        String source) {}
