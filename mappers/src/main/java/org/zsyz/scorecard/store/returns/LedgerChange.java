package org.zsyz.scorecard.store.returns;

import java.math.BigDecimal;

/**
 * A project whose figures moved implausibly between a unit's previous accepted return and a new one.
 *
 * @param rowNo         the 1-based sheet row: in the new return, or in the previous one for a vanished project
 * @param previousValue the figure in the previous return (亿元)
 * @param currentValue  the figure in the new return (亿元), {@code null} for a vanished project
 */
public record LedgerChange(
        String projectNo, String projectName, int rowNo, BigDecimal previousValue, BigDecimal currentValue) {}
