package org.zsyz.scorecard.store.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.zsyz.scorecard.domain.ReviewKind;

/**
 * A 认定 of the bureau on a unit's project, in force from {@code fromPeriod} up to (not including)
 * {@code untilPeriod}; {@code null} = still in force.
 *
 * @param amountField the ledger amount a 核减 applies to (funds_this_year, funds_total, contract_amount,
 *                    foreign_funds_this_year); {@code null} for 不予认定
 * @param amount      the amount taken off it (亿元; 万美元 for foreign funds)
 */
public record ProjectReview(
        Long id,
        String unitCode,
        String projectNo,
        String projectName,
        String fromPeriod,
        String untilPeriod,
        ReviewKind kind,
        String amountField,
        BigDecimal amount,
        String reason,
        String decidedBy,
        LocalDateTime decidedAt,
        String undoReason,
        String undoneBy,
        LocalDateTime undoneAt) {}
