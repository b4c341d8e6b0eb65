package org.zsyz.scorecard.store.term;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.ResultStage;

/**
 * A set of outputs published for a term.
 *
 * @param objectionDeadline for a 公示稿: the last day a unit may file an objection
 * @param reason            for a 更正版: why it was corrected
 */
public record TermPublication(
        Long id,
        String term,
        int revision,
        ResultStage stage,
        LocalDateTime publishedAt,
        String folder,
        String manifestSha256,
        int fileCount,
        LocalDate objectionDeadline,
        String reason,
        Long jobExecutionId) {}
