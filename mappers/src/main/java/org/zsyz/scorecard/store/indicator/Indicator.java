package org.zsyz.scorecard.store.indicator;

import java.util.Objects;
import java.util.Optional;

/**
 * One assessed figure (docs/method.md, Figures). The year's method defines which ones exist ({@link
 * IndicatorCatalogue}); the constants below are the built-in ten of the default method. Two indicators are equal when
 * their codes are: the code is what the database stores. Natural order is the position in the method, so a
 * {@code TreeMap<Indicator, ...>} lists them as the method does.
 */
public final class Indicator implements Comparable<Indicator> {

    public enum Kind {
        MONEY,
        COUNT,
        RATE
    }

    public static final Indicator I1 = new Indicator("I1", 0, "到位市外资金", "到位市外资金", "亿元", Kind.MONEY, true);
    public static final Indicator I2 = new Indicator("I2", 1, "其中省外资金", "省外资金", "亿元", Kind.MONEY, true);
    public static final Indicator I3 = new Indicator("I3", 2, "实际利用外资", "实际利用外资", "万美元", Kind.MONEY, true);
    public static final Indicator I4 = new Indicator("I4", 3, "新签约亿元以上项目", "新签约亿元项目", "个", Kind.COUNT, true);
    public static final Indicator I5 = new Indicator("I5", 4, "新签约合同额", "新签约合同额", "亿元", Kind.MONEY, true);
    public static final Indicator I6 = new Indicator("I6", 5, "新开工亿元以上项目", "新开工亿元项目", "个", Kind.COUNT, true);
    public static final Indicator I7 = new Indicator("I7", 6, "外出招商", "外出招商", "批次", Kind.COUNT, true);
    public static final Indicator R_FULFIL = new Indicator("R_FULFIL", 7, "合同履约率", "合同履约率", "%", Kind.RATE, false);
    public static final Indicator R_START = new Indicator("R_START", 8, "项目开工率", "项目开工率", "%", Kind.RATE, false);
    public static final Indicator R_FUNDS = new Indicator("R_FUNDS", 9, "资金到位率", "资金到位率", "%", Kind.RATE, false);

    private final String code;
    private final int position;
    private final String fullName;
    private final String shortName;
    private final String unitOfMeasure;
    private final Kind kind;
    private final boolean hasTarget;

    public Indicator(
            String code,
            int position,
            String fullName,
            String shortName,
            String unitOfMeasure,
            Kind kind,
            boolean hasTarget) {
        this.code = Objects.requireNonNull(code);
        this.position = position;
        this.fullName = fullName;
        this.shortName = shortName;
        this.unitOfMeasure = unitOfMeasure;
        this.kind = kind;
        this.hasTarget = hasTarget;
    }

    /** The stored code, e.g. I1 or R_FUNDS. */
    public String code() {
        return code;
    }

    /** Same as {@link #code()}; kept so code written against the former enum reads the same. */
    public String name() {
        return code;
    }

    /** Position in the year's method (0-based), the order of columns everywhere. */
    public int position() {
        return position;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public String unitOfMeasure() {
        return unitOfMeasure;
    }

    public Kind kind() {
        return kind;
    }

    /** Compared with an annual target from the targets workbook (I1..I7 by default), as opposed to a rate. */
    public boolean hasTarget() {
        return hasTarget;
    }

    /** Header in the targets workbook, e.g. 到位市外资金(亿元); {@code null} without a target. */
    public String targetHeader() {
        return hasTarget ? fullName + "(" + unitOfMeasure + ")" : null;
    }

    /** The built-in indicator with this code (default method); method-defined ones come from the catalogue. */
    public static Optional<Indicator> ofCode(String code) {
        return IndicatorCatalogue.DEFAULT.ofCode(code);
    }

    /**
     * The indicator a stored code stands for: the built-in one, or a bare one (name = code, ordered last) for a
     * method-defined code, which readers resolve through the period's {@link IndicatorCatalogue}.
     */
    public static Indicator ofStoredCode(String code) {
        return ofCode(code).orElseGet(() -> new Indicator(code, Integer.MAX_VALUE, code, code, "", Kind.MONEY, false));
    }

    @Override
    public int compareTo(Indicator o) {
        if (code.equals(o.code)) {
            return 0; // consistent with equals; a bare stored one must be resolved through the catalogue first
        }
        int c = Integer.compare(position, o.position);
        return c != 0 ? c : code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicator i && i.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
