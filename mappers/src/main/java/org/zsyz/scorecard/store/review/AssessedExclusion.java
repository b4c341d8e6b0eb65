package org.zsyz.scorecard.store.review;

import org.zsyz.scorecard.domain.ExclusionSource;

/** A project an assessment left out or counted for less (核减), as the unit's scorecard lists it. */
public record AssessedExclusion(
        String period,
        String unitCode,
        int seqNo,
        String projectNo,
        String projectName,
        ExclusionSource source,
        String effect,
        String reason) {}
