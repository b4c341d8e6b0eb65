package org.zsyz.scorecard.store.returns;

import java.math.BigDecimal;

/** A line of a ledger's pipeline: how many projects, and their Σ 合同投资额 (亿元, 0 when none is signed). */
public record LedgerTally(String label, int projects, BigDecimal contractAmount) {}
