package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The period a county page or upload is for. A period the unit may not report for (outside the window of the
 * current period and the eleven before) is never silently replaced by another: the choice carries a message
 * saying why, and an upload for it is refused. Text that is no period at all is answered by {@link PortalAdvice}.
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

    /** @param asked the period asked for, {@code null} for none (text that is no period never gets here) */
    Choice choose(YearMonth asked) {
        YearMonth current = returns.currentPeriod();
        if (asked == null) {
            return new Choice(current, null);
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

    /** What the county page says about a period that is not a year-month: it shows the current one. */
    String malformed(String text) {
        YearMonth current = returns.currentPeriod();
        return PeriodConverter.malformed(text, current) + "下面显示的是当前报告期 " + current + "。";
    }
}
