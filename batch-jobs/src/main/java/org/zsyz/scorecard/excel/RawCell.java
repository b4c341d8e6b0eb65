package org.zsyz.scorecard.excel;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A cell as stored in the workbook, before any interpretation by field.
 *
 * @param column   0-based column index
 * @param kind     what the workbook says the cell holds (a formula reports its cached result)
 * @param text     the text a person sees for TEXT; the stored text of a number; ISO text of a date
 * @param number   the exact stored number for NUMBER (and the serial for DATE)
 * @param dateTime for DATE cells
 */
public record RawCell(int column, Kind kind, String text, BigDecimal number, LocalDateTime dateTime) {

    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, ERROR,
        /** A formula the saving program never calculated: there is no value to read. */
        FORMULA_WITHOUT_VALUE
    }

    public static RawCell text(int column, String text) {
        return new RawCell(column, Kind.TEXT, text, null, null);
    }

    /** The text is the number as Excel's General format shows it: 3 for a stored 3.0, 0.5 for 0.50. */
    public static RawCell number(int column, BigDecimal number) {
        return new RawCell(column, Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
    }

    public static RawCell date(int column, BigDecimal serial, LocalDateTime dateTime) {
        return new RawCell(column, Kind.DATE, dateTime.toString(), serial, dateTime);
    }

    /** True when a person would call the cell empty (blank text counts as empty). */
    public boolean isBlank() {
        return kind == Kind.TEXT && CellText.clean(text).isEmpty();
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
            case DATE -> dateTime.getHour() == 0 && dateTime.getMinute() == 0 ? dateTime.toLocalDate().toString()
                    : dateTime.toString();
            case BOOLEAN -> "TRUE".equals(text) ? "是" : "否";
            case FORMULA_WITHOUT_VALUE -> "(未计算的公式)";
            default -> text;
        };
    }
}
