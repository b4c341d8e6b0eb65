package org.zsyz.scorecard.store.portal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * A return version as the portal lists it: the version with its send-back reason and whether the portal keeps
 * an error workbook for it.
 */
public record SubmissionLine(
        long id,
        String unitCode,
        YearMonth period,
        int versionNo,
        String fileName,
        LocalDateTime submittedAt,
        SubmissionStatus status,
        boolean late,
        int rowCount,
        int errorCount,
        int warningCount,
        String source,
        String sendBackReason,
        LocalDateTime returnedAt,
        boolean hasErrorWorkbook) {}
