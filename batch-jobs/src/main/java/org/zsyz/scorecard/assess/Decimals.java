package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact-decimal arithmetic for the assessment: full precision inside, HALF_UP at display. */
public final class Decimals {

    /** 34 significant digits: far beyond what any figure needs, so only display rounding matters. */
    public static final MathContext MC = new MathContext(34, RoundingMode.HALF_UP);

    public static final BigDecimal HUNDRED = new BigDecimal(100);

    private Decimals() {}

    /** a ÷ b, or {@code null} when either is missing or b is zero ("—", never a division error). */
    public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, MC);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A ratio as the percentage people see: 1.148232 → 114.82. */
    public static BigDecimal displayPercent(BigDecimal ratio) {
        return ratio == null ? null : ratio.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** Scores and money as shown: 2 decimals, HALF_UP. */
    public static BigDecimal display2(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Plain text without trailing zeros, for formulas: 19.80 → 19.8. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Plain text rounded to at most 4 decimals, for formulas. */
    public static String plain4(BigDecimal value) {
        return value == null ? "—" : plain(value.setScale(4, RoundingMode.HALF_UP));
    }
}
