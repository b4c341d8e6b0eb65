package org.zsyz.scorecard.excel;

/**
 * Something wrong with a submitted workbook, worded for the unit that filled it.
 *
 * @param sheet   the sheet, or {@code null} for a problem with the whole file
 * @param cell    A1 reference, or {@code null} for a sheet-wide problem
 * @param field   the field (column or label) the cell belongs to
 * @param value   what the cell held, as shown
 * @param message the reason and what was expected, e.g. 不是数字，应填写以亿元为单位的数字
 */
public record ImportIssue(Severity severity, String sheet, String cell, String field, String value, String message) {

    public enum Severity {
        ERROR("错误"),
        WARNING("提示");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line naming file, sheet, cell, field, value and reason: 【错误】X.xlsx 工作表「项目台账」H5（合同投资额）值“abc”：不是数字…. */
    public String describe(String fileName) {
        StringBuilder line =
                new StringBuilder("【").append(severity.label()).append("】").append(fileName);
        if (sheet != null) {
            line.append(" 工作表「").append(sheet).append("」");
        }
        if (cell != null) {
            line.append(' ').append(cell);
        }
        if (field != null) {
            line.append("（").append(field).append("）");
        }
        if (value != null) {
            line.append(" 值“").append(value).append("”");
        }
        return line.append("：").append(message).toString();
    }
}
