package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The period a county page or upload is for. A period the unit may not report for (outside the window of the
 * current period and the eleven before, or not a period at all) is never silently replaced by another: the
 * choice carries a message saying why, and an upload for it is refused.
 */
@Component
class CountyPeriods {

    private final PortalReturns returns;

    CountyPeriods(PortalReturns returns) {
        this.returns = returns;
    }

    /**
     * @param period  the period to show: the one asked for when it is open, else the current one
     * @param problem why the period asked for is not shown, {@code null} when it is
     */
    record Choice(YearMonth period, String problem) {

        boolean refused() {
            return problem != null;
        }
    }

    Choice choose(String requested) {
        YearMonth current = returns.currentPeriod();
        if (requested == null || requested.isBlank()) {
            return new Choice(current, null);
        }
        YearMonth asked;
        try {
            asked = YearMonth.parse(requested.strip());
        } catch (DateTimeParseException e) {
            return new Choice(current, "报告期“" + clip(requested) + "”格式不对，应写成如 " + current
                    + " 的年-月。下面显示的是当前报告期 " + current + "。");
        }
        if (returns.isOpen(asked)) {
            return new Choice(asked, null);
        }
        List<YearMonth> open = returns.openPeriods();
        YearMonth earliest = open.get(open.size() - 1);
        String why = asked.isAfter(current)
                ? asked + " 的月报表要到 " + asked.plusMonths(1).atDay(1) + " 起才能报送"
                : asked + " 已超出可报送的范围（" + earliest + " 至 " + current + "），更早的月份请联系市商务局";
        return new Choice(current, "不能选择报告期 " + asked + "：" + why + "。下面显示的是当前报告期 " + current + "。");
    }

    private static String clip(String text) {
        String t = text.strip();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
