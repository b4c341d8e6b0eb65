package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An extra column of the 项目台账 that a format-2 method declares ({@code ledger_columns:}, docs/method.md): the
 * return template offers it after the standard columns, the import checks and stores each cell, and the method's
 * conditions and sums can use it.
 *
 * @param code      how the method refers to it (e.g. STORED_AMOUNT)
 * @param name      its header in the return, without the unit (e.g. 入库额)
 * @param unit      AMOUNT: 亿元 or 万元 (the stored unit; the return may write either); NUMBER: free text (亩); else null
 * @param required  a blank cell is an error
 * @param min       AMOUNT/NUMBER/COUNT: smallest allowed value (amounts and counts are never negative)
 * @param max       AMOUNT/NUMBER/COUNT: largest allowed value
 * @param pattern   TEXT: the whole value must match
 * @param choices   CHOICE: the allowed values (the template's drop-down list)
 * @param maxLength TEXT: at most this many characters
 */
public record LedgerColumn(
        String code,
        String name,
        Type type,
        String unit,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        Pattern pattern,
        List<String> choices,
        Integer maxLength) {

    /** The kinds of value a column holds; {@code key} is how the method file names it. */
    public enum Type {
        AMOUNT("amount", "金额"),
        NUMBER("number", "数值"),
        COUNT("count", "个数（整数）"),
        YES_NO("yes_no", "是/否"),
        TEXT("text", "文字"),
        DATE("date", "日期"),
        CHOICE("choice", "下拉选项"),
        CREDIT_CODE("credit_code", "统一社会信用代码");

        public final String key;
        public final String label;

        Type(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** Whether the column holds a number that a sum can add up. */
        public boolean numeric() {
            return this == AMOUNT || this == NUMBER || this == COUNT;
        }
    }

    public LedgerColumn {
        choices = choices == null ? null : List.copyOf(choices);
    }

    /** The header the template writes and the import looks for: 入库额(亿元), 供地面积(亩), 是否入库. */
    public String header() {
        return unit == null ? name : name + "(" + unit + ")";
    }

    /** Whether values are equal when compared; patterns compare by their text. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerColumn c
                && c.code.equals(code)
                && c.name.equals(name)
                && c.type == type
                && java.util.Objects.equals(c.unit, unit)
                && c.required == required
                && java.util.Objects.equals(c.min, min)
                && java.util.Objects.equals(c.max, max)
                && java.util.Objects.equals(
                        c.pattern == null ? null : c.pattern.pattern(), pattern == null ? null : pattern.pattern())
                && java.util.Objects.equals(c.choices, choices)
                && java.util.Objects.equals(c.maxLength, maxLength);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, name, type, unit);
    }
}
