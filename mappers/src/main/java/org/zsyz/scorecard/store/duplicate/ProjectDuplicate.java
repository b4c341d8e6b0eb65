package org.zsyz.scorecard.store.duplicate;

import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.DuplicateDecision;
import org.zsyz.scorecard.domain.DuplicateKind;

/** A duplicate project found at import, and the bureau's decision on it ({@code null} = undecided). */
public record ProjectDuplicate(
        Long id,
        String period,
        String matchKey,
        DuplicateKind kind,
        String unitA,
        long submissionA,
        String projectNoA,
        int rowA,
        String unitB,
        long submissionB,
        String projectNoB,
        int rowB,
        String projectName,
        String investor,
        LocalDateTime foundAt,
        DuplicateDecision decision,
        String decisionReason,
        String decidedBy,
        LocalDateTime decidedAt) {}
