package org.zsyz.scorecard.report;

import java.time.YearMonth;

/** How a period is written in Chinese documents. */
public final class Periods {

    private Periods() {}

    /** 2024年1—3月; January alone is 2024年1月. */
    public static String span(YearMonth period) {
        int m = period.getMonthValue();
        return m == 1 ? period.getYear() + "年1月" : period.getYear() + "年1—" + m + "月";
    }
}
