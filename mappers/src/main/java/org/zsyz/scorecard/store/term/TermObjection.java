package org.zsyz.scorecard.store.term;

import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.ObjectionStatus;

/** A unit's 异议 against a term's 公示稿 and the bureau's answer. */
public record TermObjection(
        Long id,
        String term,
        String unitCode,
        LocalDateTime filedAt,
        String filedBy,
        String reason,
        ObjectionStatus status,
        String answer,
        LocalDateTime answeredAt,
        String answeredBy) {}
