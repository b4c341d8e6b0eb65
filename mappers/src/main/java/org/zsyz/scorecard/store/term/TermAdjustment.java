package org.zsyz.scorecard.store.term;

import java.math.BigDecimal;

/** One 年终加减分 item: positive adds, negative deducts. */
public record TermAdjustment(String term, String unitCode, int seqNo, BigDecimal points, String reason) {}
