package org.zsyz.scorecard.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's 督办单 for a month: its step on the warning ladder and what it is to fix, for the bureau to send.
 *
 * @param period   yyyy-MM
 * @param step     the ladder step's label (绿灯/黄灯/红灯/约谈)
 * @param stepText the step in words, e.g. 红灯（黄灯已连续 2 个月）
 * @param items    what to fix, in order
 */
public record SupervisionNotice(
        String period,
        String unitCode,
        String unitName,
        String step,
        String stepText,
        List<Item> items,
        String issuer,
        LocalDate publishedOn) {

    public SupervisionNotice {
        items = List.copyOf(items);
    }

    /** One thing to fix: the warning's kind and what it says. */
    public record Item(String kind, String text) {}

    /** {@code 督办单-419921-东川县-2025-09.pdf}. */
    public String fileName() {
        return "督办单-" + unitCode + "-" + unitName + "-" + period + ".pdf";
    }

    public String title() {
        String[] ym = period.split("-");
        return Integer.parseInt(ym[0]) + "年" + Integer.parseInt(ym[1]) + "月招商引资工作督办单";
    }
}
