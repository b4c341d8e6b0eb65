package org.zsyz.scorecard.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.assess.ExtraColumns;
import org.zsyz.scorecard.assess.LedgerColumn;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.returns.ReturnFieldRules.FieldRule;

/**
 * Where each ledger field sits, and in which unit its money is written; found from the header row. {@code extras}:
 * the method's extra columns found after the standard ones (empty for a method that declares none).
 */
record LedgerColumns(
        int headerRow, Map<String, Integer> columns, Map<String, String> units, List<ExtraCellCheck.Located> extras) {

    static final List<String> FIELDS =
            ReturnFieldRules.LEDGER.stream().map(FieldRule::field).toList();

    int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    String unit(String field) {
        return units.getOrDefault(field, field.equals(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR) ? "万美元" : "亿元");
    }

    /** The columns, or {@code null} (with the errors) when the header is missing or lacks a column. */
    static LedgerColumns locate(String sheet, List<SheetRow> firstRows, IssueList issues, ExtraColumns declared) {
        HeaderMap header = HeaderMap.find(firstRows, FIELDS);
        if (header == null
                || header.columnStartingWith(ReturnTemplate.PROJECT_NO) < 0
                        && header.columnStartingWith(ReturnTemplate.PROJECT_NAME) < 0) {
            issues.error(
                    sheet,
                    null,
                    null,
                    null,
                    "前" + TemplateChecks.HEADER_SEARCH_ROWS + "行中找不到表头，应有“"
                            + String.join("”“", ReturnTemplate.ledgerHeaders()) + "”等列，请使用统一模板填报");
            return null;
        }
        String headerRow = "第" + (header.rowIndex() + 1) + "行";
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> units = new HashMap<>();
        boolean complete = true;
        for (FieldRule rule : ReturnFieldRules.LEDGER) {
            String field = rule.field();
            boolean money = rule.unitInHeader();
            int c = money ? header.columnStartingWith(field) : header.column(field);
            if (c < 0) {
                if (rule.optionalColumn()) {
                    continue;
                }
                complete = false;
                issues.error(sheet, headerRow, field, null, "表头缺少“" + (money ? field + "(亿元)" : field) + "”列，应按模板保留该列");
                continue;
            }
            if (money) {
                String unit = moneyUnit(header.text(c), field);
                if (unit == null) {
                    complete = false;
                    issues.error(
                            sheet,
                            CellRef.of(c, header.rowIndex()),
                            field,
                            header.text(c),
                            "表头应注明金额单位，应为“" + field + "(亿元)”或“" + field + "(万元)”");
                    continue;
                }
                units.put(field, unit);
            }
            columns.put(field, c);
        }
        List<ExtraCellCheck.Located> extras = new ArrayList<>();
        complete &= locateExtras(sheet, header, issues, declared, extras);
        List<Integer> known = new ArrayList<>(columns.values());
        extras.forEach(l -> known.add(l.index()));
        TemplateChecks.extraColumns(issues, sheet, header, known);
        return complete ? new LedgerColumns(header.rowIndex(), Map.copyOf(columns), units, List.copyOf(extras)) : null;
    }

    /**
     * The method's extra columns by their headers (an amount's may say 亿元 or 万元). A missing required column is
     * an error (the return was not made from this year's template); a missing optional one a warning (blank).
     */
    private static boolean locateExtras(
            String sheet, HeaderMap header, IssueList issues, ExtraColumns declared, List<ExtraCellCheck.Located> out) {
        boolean complete = true;
        String headerRow = "第" + (header.rowIndex() + 1) + "行";
        for (LedgerColumn c : declared.all()) {
            boolean amount = c.type() == LedgerColumn.Type.AMOUNT;
            int index = amount ? header.columnStartingWith(c.name()) : header.column(c.header());
            if (index < 0 && !amount && c.unit() != null) {
                index = header.column(c.name());
            }
            if (index < 0) {
                String message = "表头缺少“" + c.header() + "”列：本年度考核办法要求台账填写此列（" + ExtraCellCheck.expected(c)
                        + "），应使用按本年度考核办法生成的模板（scorecard template return）";
                if (c.required()) {
                    complete = false;
                    issues.error(sheet, headerRow, c.name(), null, message);
                } else {
                    issues.warning(sheet, headerRow, c.name(), null, message + "；本次按空白处理");
                    out.add(new ExtraCellCheck.Located(c, -1, c.unit()));
                }
                continue;
            }
            String unit = c.unit();
            if (amount) {
                unit = moneyUnit(header.text(index), c.name());
                if (unit == null) {
                    complete = false;
                    issues.error(
                            sheet,
                            CellRef.of(index, header.rowIndex()),
                            c.name(),
                            header.text(index),
                            "表头应注明金额单位，应为“" + c.name() + "(亿元)”或“" + c.name() + "(万元)”");
                    continue;
                }
            }
            out.add(new ExtraCellCheck.Located(c, index, unit));
        }
        return complete;
    }

    private static String moneyUnit(String headerText, String field) {
        String rest = CellText.key(headerText).substring(CellText.key(field).length());
        return switch (rest) {
            case "(亿元)" -> "亿元";
            case "(万元)" -> "万元";
            default -> null;
        };
    }
}
