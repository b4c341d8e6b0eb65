package org.zsyz.scorecard.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.zsyz.scorecard.domain.Labelled;

/**
 * Display formatting of the exact figures (docs/method.md, Figures, "Rounding"): HALF_UP, percentages and scores
 * to 2 decimals, money to 2 decimals in 亿元 and 万美元 and 4 in 万元, counts as integers, {@code null} as "—".
 * Pure functions on {@link BigDecimal}; no binary floating point.
 */
public final class Formats {

    /** Shown for a missing figure. */
    public static final String NONE = "—";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Formats() {}

    /** A closed-list value as shown (等次, 报送状态): its Chinese label; {@code null} stays {@code null}. */
    public static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    /** A ratio as a percentage: 1.148232 → "114.82%". */
    public static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return NONE;
        }
        return plain(ratio.multiply(HUNDRED), 2) + "%";
    }

    /** A ratio as a signed percentage, for 同比: 0.12 → "+12.00%", −0.05 → "-5.00%". */
    public static String signedPercent(BigDecimal ratio) {
        if (ratio == null) {
            return NONE;
        }
        return signed(ratio.multiply(HUNDRED), 2) + "%";
    }

    /** 序时差 in percentage points with its sign: 14.8232 → "+14.82", −5.3 → "-5.30", 0 → "0.00". */
    public static String points(BigDecimal percentagePoints) {
        if (percentagePoints == null) {
            return NONE;
        }
        return signed(percentagePoints, 2);
    }

    /** A score: 2 decimals. */
    public static String score(BigDecimal score) {
        if (score == null) {
            return NONE;
        }
        return plain(score, 2);
    }

    /** A signed score for bonuses and deductions: "+3.00", "-1.00". */
    public static String signedScore(BigDecimal score) {
        if (score == null) {
            return NONE;
        }
        return signed(score, 2);
    }

    /**
     * A figure in its unit of measure: 亿元 and 万美元 2 decimals, 万元 4 decimals, counts (个, 批次, 家次) as integers.
     * An unknown unit gets 2 decimals.
     */
    public static String figure(BigDecimal value, String unitOfMeasure) {
        if (value == null) {
            return NONE;
        }
        return plain(value, decimalsFor(unitOfMeasure));
    }

    /**
     * A 序时目标: like {@link #figure}, except that a count's target keeps its fraction (up to 2 decimals, without
     * trailing zeros), since 7 × 3/12 = 1.75 projects rounded to "2" would misstate what the score is measured
     * against.
     */
    public static String scheduleTarget(BigDecimal value, String unitOfMeasure) {
        if (value == null || !isCount(unitOfMeasure)) {
            return figure(value, unitOfMeasure);
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** Money in 亿元, 2 decimals. */
    public static String money(BigDecimal yi) {
        return figure(yi, "亿元");
    }

    /** How many decimals a unit of measure is shown with. */
    public static int decimalsFor(String unitOfMeasure) {
        if (unitOfMeasure == null) {
            return 2;
        }
        return switch (unitOfMeasure) {
            case "万元" -> 4;
            case "个", "批次", "家次", "项" -> 0;
            default -> 2;
        };
    }

    /** Whether a unit of measure is a count. */
    public static boolean isCount(String unitOfMeasure) {
        return decimalsFor(unitOfMeasure) == 0;
    }

    /** A rank, "—" when unranked. */
    public static String rank(Integer rank) {
        return rank == null ? NONE : rank.toString();
    }

    /** A bulletin cell: 完成率 with its 单项排名, "114.82%（1）"; "—" without a rate. */
    public static String rateWithRank(BigDecimal ratio, Integer rank) {
        if (ratio == null) {
            return NONE;
        }
        return rank == null ? percent(ratio) : percent(ratio) + "（" + rank + "）";
    }

    /** 2025年10月8日. */
    public static String date(LocalDate date) {
        if (date == null) {
            return NONE;
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 一, 二, … 二十 for section and group numbering. */
    public static String chineseOrdinal(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return digits[n];
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : digits[tens]) + "十" + (units == 0 ? "" : digits[units]);
    }

    /** 更正版 marking for a revision, {@code null} for the first publication. */
    public static String revisionMark(int revision) {
        return revision > 0 ? "更正版（第" + revision + "次更正）" : null;
    }

    /** The value rounded HALF_UP as a plain string (never scientific notation). */
    static String plain(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = rounded.abs();
        }
        return rounded.toPlainString();
    }

    private static String signed(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return rounded.abs().toPlainString();
        }
        return rounded.signum() > 0 ? "+" + rounded.toPlainString() : rounded.toPlainString();
    }
}
