package org.zsyz.scorecard.store.publish;

import java.math.BigDecimal;

/** A unit's total, rank and counting return as a publication showed them. */
public record PublishedScore(String unitCode, Long submissionId, BigDecimal totalScore, Integer groupRank) {}
