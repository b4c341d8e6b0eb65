package org.zsyz.scorecard.publish;

import java.time.YearMonth;

/** The names of the outputs (docs/publications.md), made safe for any file system. */
public final class OutputFileNames {

    private OutputFileNames() {}

    public static String bulletin(YearMonth period) {
        return "全市成绩单-" + period + ".pdf";
    }

    public static String unitScorecard(String unitCode, String unitName, YearMonth period) {
        return safe(unitCode + "-" + unitName + "-" + period) + ".pdf";
    }

    public static String workbook(YearMonth period) {
        return "成绩单-" + period + ".xlsx";
    }

    /** Unit names come from a spreadsheet: no path separators or characters Windows refuses. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
