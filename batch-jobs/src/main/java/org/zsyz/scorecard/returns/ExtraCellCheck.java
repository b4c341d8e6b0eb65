package org.zsyz.scorecard.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.assess.LedgerColumn;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.store.returns.ExtraValues;

/**
 * Checks one ledger row's cells of the method's extra columns (docs/returns-and-targets.md): each by its declared
 * type and checks, every problem naming the cell; returns the values as stored ({@link ExtraValues}).
 */
final class ExtraCellCheck {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);

    /** A declared column found in the header: its sheet column and, for an amount, the unit its header gives. */
    record Located(LedgerColumn column, int index, String headerUnit) {}

    private final String sheet;
    private final SheetRow row;
    private final IssueList issues;
    private final YearMonth period;

    ExtraCellCheck(String sheet, SheetRow row, IssueList issues, YearMonth period) {
        this.sheet = sheet;
        this.row = row;
        this.issues = issues;
        this.period = period;
    }

    /** The row's values, encoded; {@code null} when every cell is blank. Errors are added to the issues. */
    String check(List<Located> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Located l : columns) {
            String v = value(l);
            if (v != null) {
                values.put(l.column().code(), v);
            }
        }
        return ExtraValues.encode(values);
    }

    private String value(Located l) {
        LedgerColumn c = l.column();
        RawCell cell = l.index() < 0 ? null : row.cell(l.index());
        if (cell == null || cell.isBlank()) {
            if (c.required() && l.index() >= 0) {
                error(l, null, "必填项为空，应填写" + expected(c));
            }
            return c.type() == LedgerColumn.Type.YES_NO && !c.required() ? "否" : null;
        }
        if (cell.problem() != null) {
            error(l, cell.shown(), cell.problem());
            return null;
        }
        return switch (c.type()) {
            case AMOUNT, NUMBER, COUNT -> number(l, cell);
            case YES_NO -> yesNo(l, cell);
            case DATE -> date(l, cell);
            case TEXT, CHOICE, CREDIT_CODE -> text(l, cell);
        };
    }

    private String number(Located l, RawCell cell) {
        LedgerColumn c = l.column();
        BigDecimal n = TemplateChecks.number(cell);
        if (n == null) {
            error(l, cell.shown(), "不是数字，应填写" + expected(c, l.headerUnit()) + "（不要带单位或文字）");
            return null;
        }
        if (c.type() != LedgerColumn.Type.NUMBER && n.signum() < 0) {
            error(l, cell.shown(), "不能为负数，应填写" + expected(c, l.headerUnit()));
            return null;
        }
        if (c.type() == LedgerColumn.Type.COUNT && n.stripTrailingZeros().scale() > 0) {
            error(l, cell.shown(), "应为整数（个数）");
            return null;
        }
        BigDecimal v = n;
        if (c.type() == LedgerColumn.Type.AMOUNT && !c.unit().equals(l.headerUnit())) {
            v = "万元".equals(l.headerUnit()) ? n.divide(TEN_THOUSAND) : n.multiply(TEN_THOUSAND);
        }
        if (v.precision() - v.scale() > ReturnFieldRules.MAX_INTEGER_DIGITS
                || v.stripTrailingZeros().scale() > ReturnFieldRules.MAX_SCALE) {
            error(l, cell.shown(), "数值过大或小数位数过多（至多 " + ReturnFieldRules.MAX_SCALE + " 位小数）");
            return null;
        }
        String unit = c.unit() == null ? "" : c.unit();
        if (c.min() != null && v.compareTo(c.min()) < 0) {
            error(l, cell.shown(), "小于下限，应不小于 " + c.min().toPlainString() + unit);
            return null;
        }
        if (c.max() != null && v.compareTo(c.max()) > 0) {
            error(l, cell.shown(), "超过上限，应不大于 " + c.max().toPlainString() + unit);
            return null;
        }
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    private String yesNo(Located l, RawCell cell) {
        if (cell.kind() == RawCell.Kind.BOOLEAN) {
            return "TRUE".equals(cell.text()) ? ReturnTemplate.YES : ReturnTemplate.NO;
        }
        String v = CellText.clean(cell.text());
        if (ReturnTemplate.YES.equals(v) || ReturnTemplate.NO.equals(v)) {
            return v;
        }
        error(l, cell.shown(), "应填写“是”或“否”（可用下拉列表选择）" + (l.column().required() ? "" : "，不填视为“否”"));
        return null;
    }

    private String date(Located l, RawCell cell) {
        LocalDate date = switch (cell.kind()) {
            case DATE -> cell.dateTime().toLocalDate();
            case TEXT -> CellText.parseDate(cell.text()).orElse(null);
            case NUMBER -> CellText.parseDate(cell.number().toPlainString()).orElse(null);
            default -> null;
        };
        if (date == null) {
            error(l, cell.shown(), "不是有效日期，应填写如 2024-03-05、2024/3/5 或 2024年3月5日 的日期");
            return null;
        }
        if (period != null && date.isAfter(period.atEndOfMonth())) {
            error(l, cell.shown(), "日期晚于报告期末（" + period.atEndOfMonth() + "），应不晚于 " + period.atEndOfMonth());
            return null;
        }
        if (date.isBefore(ReturnFieldRules.EARLIEST_DATE)) {
            error(l, cell.shown(), "日期早于 " + ReturnFieldRules.EARLIEST_DATE + "，请核对年份");
            return null;
        }
        return date.toString();
    }

    private String text(Located l, RawCell cell) {
        LedgerColumn c = l.column();
        String v = TemplateChecks.text(cell);
        if (v == null || !ExtraValues.storable(v)) {
            error(l, cell.shown(), "含有换行或不可见的控制字符，应只填写文字");
            return null;
        }
        switch (c.type()) {
            case CHOICE -> {
                if (!c.choices().contains(v)) {
                    error(l, v, "不在可选范围内，应为以下之一：" + String.join("、", c.choices()) + "（可用下拉列表选择）");
                    return null;
                }
            }
            case CREDIT_CODE -> {
                String code = v.toUpperCase(java.util.Locale.ROOT);
                String problem = CreditCode.problem(code);
                if (problem != null) {
                    error(l, v, problem);
                    return null;
                }
                return code;
            }
            default -> {
                if (c.maxLength() != null && v.length() > c.maxLength()) {
                    error(l, v, "超过 " + c.maxLength() + " 个字（现有 " + v.length() + " 个字）");
                    return null;
                }
                if (c.pattern() != null && !c.pattern().matcher(v).matches()) {
                    error(l, v, "格式不符合本年度考核办法的要求（" + c.pattern().pattern() + "）");
                    return null;
                }
            }
        }
        return v;
    }

    /** What the cell should hold, for messages and the 填报说明 sheet. */
    static String expected(LedgerColumn c) {
        return expected(c, c.unit());
    }

    /** @param unit an amount's unit as the header gives it (亿元 or 万元) */
    static String expected(LedgerColumn c, String unit) {
        String range = (c.min() == null ? "" : "，不小于 " + c.min().toPlainString())
                + (c.max() == null ? "" : "，不大于 " + c.max().toPlainString());
        return switch (c.type()) {
            case AMOUNT ->
                "以" + unit + "为单位的金额"
                        + (c.unit().equals(unit) && !range.isEmpty() ? "（" + range.substring(1) + "）" : "");
            case NUMBER -> "数字" + (c.unit() == null ? "" : "（单位：" + c.unit() + "）") + range;
            case COUNT -> "不小于0的整数" + range;
            case YES_NO -> "“是”或“否”";
            case DATE -> "日期，如 2024-03-05";
            case CHOICE -> "以下之一：" + String.join("、", c.choices());
            case CREDIT_CODE -> "18 位统一社会信用代码";
            case TEXT -> "文字（至多 " + c.maxLength() + " 个字）";
        };
    }

    private void error(Located l, String value, String message) {
        issues.error(sheet, CellRef.of(l.index(), row.rowIndex()), l.column().name(), value, message);
    }
}
