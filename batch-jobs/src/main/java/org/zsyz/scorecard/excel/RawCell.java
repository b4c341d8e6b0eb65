package org.zsyz.scorecard.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * A cell as stored in the workbook, before any interpretation by field.
 *
 * @param column   0-based column index
 * @param kind     what the workbook says the cell holds (a formula reports its cached result)
 * @param text     the text a person sees for TEXT; the stored text of a number; ISO text of a date
 * @param number   for NUMBER the stored number at Excel's 15 significant digits (see {@link #number}); for DATE the
 *                 serial
 * @param dateTime for DATE cells
 */
public record RawCell(int column, Kind kind, String text, BigDecimal number, LocalDateTime dateTime) {

    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        BOOLEAN,
        ERROR,
        /** A formula the saving program never calculated: there is no value to read. */
        FORMULA_WITHOUT_VALUE
    }

    public static RawCell text(int column, String text) {
        return new RawCell(column, Kind.TEXT, text, null, null);
    }

    /** Excel calculates and shows numbers to 15 significant digits; the file stores the double behind them. */
    public static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    /**
     * A number cell, read as Excel shows it. A formula's result carries the binary noise of the double it is
     * stored as ({@code =0.7+2.4} is stored as 3.0999999999999996, 0.072 may be written 7.1999999999999995E-2):
     * rounded to 15 significant digits it is the 3.1 and 0.072 the unit sees. The text is the number as Excel's
     * General format shows it: 3 for a stored 3.0, 0.5 for 0.50.
     */
    public static RawCell number(int column, BigDecimal stored) {
        BigDecimal number = atExcelPrecision(stored);
        return new RawCell(column, Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
    }

    /**
     * The number at 15 significant digits, without the trailing zeros the rounding leaves (unchanged when it has
     * no more digits), never with a negative scale (1E+2 is 100).
     */
    public static BigDecimal atExcelPrecision(BigDecimal stored) {
        BigDecimal number = stored.precision() <= EXCEL_DIGITS.getPrecision()
                ? stored
                : stored.round(EXCEL_DIGITS).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    public static RawCell date(int column, BigDecimal serial, LocalDateTime dateTime) {
        return new RawCell(column, Kind.DATE, dateTime.toString(), serial, dateTime);
    }

    /** True when a person would call the cell empty (blank text counts as empty). */
    public boolean isBlank() {
        return kind == Kind.TEXT && CellText.isBlank(text);
    }

    /**
     * Why the cell has no value to read, in the unit's words, or {@code null}: an Excel error value (#DIV/0!,
     * #VALUE!) or a formula the saving program never calculated.
     */
    public String problem() {
        return switch (kind) {
            case ERROR -> "单元格是Excel错误值" + text + "，应修正公式或直接填写数值";
            case FORMULA_WITHOUT_VALUE -> "单元格是没有计算结果的公式，应在Excel或WPS中重新计算（F9）后保存，或直接填写数值";
            default -> null;
        };
    }

    /** What the person typed or sees, for error messages. */
    public String shown() {
        return switch (kind) {
            case DATE ->
                dateTime.getHour() == 0 && dateTime.getMinute() == 0
                        ? dateTime.toLocalDate().toString()
                        : dateTime.toString();
            case BOOLEAN -> "TRUE".equals(text) ? "是" : "否";
            case FORMULA_WITHOUT_VALUE -> "(未计算的公式)";
            default -> text;
        };
    }
}
