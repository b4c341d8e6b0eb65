package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.zsyz.scorecard.domain.AdjustmentKind;

/** 加分 for projects signed this year (capped) and 扣分 for a late or missing return: docs/method.md, Adjustments. */
final class ReportAdjustments {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportAdjustments() {}

    static void apply(AssessmentRules rules, YearMonth period, UnitOutcome out) {
        List<LedgerFigures.BonusItem> items =
                new ArrayList<>(out.input.figures().bonusItems());
        // The biggest first, so that the cap cuts the smallest items and the list reads from the top.
        items.sort((a, b) -> b.points().compareTo(a.points()) != 0
                ? b.points().compareTo(a.points())
                : a.projectNo().compareTo(b.projectNo()));
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal cap = rules.bonus().cap();
        for (LedgerFigures.BonusItem item : items) {
            BigDecimal room = cap.subtract(bonus);
            BigDecimal points = room.signum() <= 0 ? BigDecimal.ZERO : Decimals.min(item.points(), room);
            bonus = bonus.add(points);
            String note = points.compareTo(item.points()) == 0
                    ? ""
                    : points.signum() == 0
                            ? "（加分已达上限" + Decimals.plain(cap) + "分，本项不再加分）"
                            : "（应加" + Decimals.plain(item.points()) + "分，受加分上限" + Decimals.plain(cap) + "分限制）";
            out.adjustments.add(new UnitOutcome.Adjustment(
                    AdjustmentKind.BONUS,
                    points,
                    item.projectNo(),
                    "加分：" + item.reason() + "，加" + Decimals.plain(points) + "分" + note));
        }
        out.bonus = bonus;
        UnitInput in = out.input;
        switch (in.reportStatus()) {
            case LATE -> {
                out.deduction = rules.lateDeduction();
                out.adjustments.add(new UnitOutcome.Adjustment(
                        AdjustmentKind.DEDUCTION,
                        rules.lateDeduction().negate(),
                        null,
                        "扣分：逾期报送，首份被接收的报表于"
                                + (in.receivedAt() == null
                                        ? "截止日后"
                                        : in.receivedAt().format(MINUTE))
                                + "收到，报送截止日为" + rules.deadline(period) + "，扣" + Decimals.plain(rules.lateDeduction())
                                + "分"));
            }
            case MISSING -> {
                out.deduction = rules.missingDeduction();
                out.adjustments.add(new UnitOutcome.Adjustment(
                        AdjustmentKind.DEDUCTION,
                        rules.missingDeduction().negate(),
                        null,
                        "扣分：" + carriedNote(in) + "，扣" + Decimals.plain(rules.missingDeduction()) + "分"));
            }
            default -> out.deduction = BigDecimal.ZERO;
        }
    }

    static String carriedNote(UnitInput in) {
        return in.figuresPeriod() == null ? "本期未报送，本年度此前也无报表数据可沿用，各项按无数据计" : "本期未报送，按" + in.figuresPeriod() + "报表数据列示";
    }
}
