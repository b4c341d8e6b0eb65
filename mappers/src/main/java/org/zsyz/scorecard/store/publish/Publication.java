package org.zsyz.scorecard.store.publish;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A set of outputs published for a period.
 *
 * @param revision 0 for the first publication, 1.. for each 更正版
 * @param folder   where the set lives after the atomic rename
 */
public record Publication(
        Long id,
        YearMonth period,
        int revision,
        LocalDateTime publishedAt,
        String folder,
        String manifestSha256,
        int fileCount,
        Long jobExecutionId) {}
