package org.zsyz.scorecard.returns;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.returns.ReturnFieldRules.FieldRule;

/** Where each ledger field sits, and in which unit its money is written; found from the header row. */
record LedgerColumns(int headerRow, Map<String, Integer> columns, Map<String, String> units) {

    static final List<String> FIELDS =
            ReturnFieldRules.LEDGER.stream().map(FieldRule::field).toList();

    int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    String unit(String field) {
        return units.getOrDefault(field, field.equals(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR) ? "万美元" : "亿元");
    }

    /** The columns, or {@code null} (with the errors) when the header is missing or lacks a column. */
    static LedgerColumns locate(String sheet, List<SheetRow> firstRows, IssueList issues) {
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
        TemplateChecks.extraColumns(issues, sheet, header, columns.values());
        return complete ? new LedgerColumns(header.rowIndex(), Map.copyOf(columns), units) : null;
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
