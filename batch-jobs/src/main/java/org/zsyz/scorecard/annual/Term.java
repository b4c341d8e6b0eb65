package org.zsyz.scorecard.annual;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment term: a year ({@code 2025}) or a quarter ({@code 2025-Q1}). Its key is how it is stored, named
 * on the command line and in {@code out/<key>/}.
 *
 * @param quarter 1–4, or {@code null} for the year
 */
public record Term(int year, Integer quarter) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String[] QUARTER_WORDS = {"一", "二", "三", "四"};

    public Term {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("年份须在 2000 到 2100 之间：" + year);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("季度须为 1 到 4：" + quarter);
        }
    }

    public static Term year(int year) {
        return new Term(year, null);
    }

    /** {@code 2025-Q1} … {@code 2025-Q4}. */
    public static Term parseQuarter(String text) {
        Matcher m = QUARTER.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("季度应写成 YYYY-Qn（如 2025-Q1），不是“" + text + "”");
        }
        return new Term(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** {@code 2025} or {@code 2025-Q1}. */
    public static Term parse(String key) {
        return key.contains("-Q") ? parseQuarter(key) : year(Integer.parseInt(key));
    }

    public boolean isYear() {
        return quarter == null;
    }

    public String key() {
        return isYear() ? Integer.toString(year) : year + "-Q" + quarter;
    }

    /** YEAR or QUARTER, as term_run stores it. */
    public String kind() {
        return isYear() ? "YEAR" : "QUARTER";
    }

    /** 2025年度 / 2025年第一季度. */
    public String title() {
        return isYear() ? year + "年度" : year + "年第" + QUARTER_WORDS[quarter - 1] + "季度";
    }

    /** 年度 or 季度: the word before 考核, 数据 … */
    public String word() {
        return isYear() ? "年度" : "季度";
    }

    /** 年终 or 季末: the term-end figures' name. */
    public String endWord() {
        return isYear() ? "年终" : "季末";
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, isYear() ? 1 : quarter * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, isYear() ? 12 : quarter * 3);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The term before: last year, or the quarter before (Q1's is last year's Q4). */
    public Term previous() {
        if (isYear()) {
            return year(year - 1);
        }
        return quarter == 1 ? new Term(year - 1, 4) : new Term(year, quarter - 1);
    }

    /** Whether the term's last month is over on the given day (a quarter is assessed only once it is). */
    public boolean isOverOn(java.time.LocalDate day) {
        return day.isAfter(lastMonth().atEndOfMonth());
    }

    @Override
    public String toString() {
        return key();
    }
}
