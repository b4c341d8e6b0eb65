package org.zsyz.scorecard.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.targets.TargetsWorkbookReader.UnitLine;

/**
 * The 考核单位 sheet of the targets workbook: one row per unit with its code, name, group and whether it is ranked;
 * codes unique, every field filled, names and groups within the database's widths.
 */
final class UnitsSheet {

    private UnitsSheet() {}

    static List<UnitLine> read(String sheet, List<SheetRow> rows, IssueList issues) {
        HeaderMap header = TargetsWorkbookReader.header(sheet, rows, TargetsTemplate.unitHeaders(), issues);
        if (header == null) {
            return List.of();
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        for (String h : TargetsTemplate.unitHeaders()) {
            int c = header.column(h);
            if (c < 0) {
                issues.error(sheet, "第" + (header.rowIndex() + 1) + "行", h, null, "表头缺少“" + h + "”列，应按模板保留该列");
            }
            col.put(h, c);
        }
        if (col.containsValue(-1)) {
            return List.of();
        }
        UnitContactCells contactCells = UnitContactCells.locate(header);
        List<Integer> known = new ArrayList<>(col.values());
        known.addAll(contactCells.columns());
        TemplateChecks.extraColumns(issues, sheet, header, known);
        List<UnitLine> units = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (SheetRow row : rows) {
            if (row.rowIndex() <= header.rowIndex() || row.isBlank()) {
                continue;
            }
            int errorsBefore = issues.errorCount();
            int codeCol = col.get(TargetsTemplate.UNIT_CODE);
            String codeRef = CellRef.of(codeCol, row.rowIndex());
            String code = required(sheet, row, codeCol, TargetsTemplate.UNIT_CODE, "单位代码，如 410711", issues);
            if (code != null
                    && TemplateChecks.checkUnitCode(issues, sheet, codeRef, TargetsTemplate.UNIT_CODE, code)
                    && seen.putIfAbsent(code, codeRef) != null) {
                issues.error(
                        sheet,
                        codeRef,
                        TargetsTemplate.UNIT_CODE,
                        code,
                        "单位代码重复（与 " + seen.get(code) + " 相同），每个考核单位只应列一行");
            }
            String name = required(
                    sheet, row, col.get(TargetsTemplate.UNIT_NAME), TargetsTemplate.UNIT_NAME, "考核单位全称", issues);
            tooLong(
                    sheet,
                    row,
                    col.get(TargetsTemplate.UNIT_NAME),
                    TargetsTemplate.UNIT_NAME,
                    name,
                    TargetsWorkbookReader.NAME_LIMIT,
                    issues);
            String group = required(
                    sheet, row, col.get(TargetsTemplate.GROUP), TargetsTemplate.GROUP, "考核组别，如 县市区、城区、开发区", issues);
            tooLong(
                    sheet,
                    row,
                    col.get(TargetsTemplate.GROUP),
                    TargetsTemplate.GROUP,
                    group,
                    TargetsWorkbookReader.GROUP_LIMIT,
                    issues);
            Boolean ranked = yesNo(sheet, row, col.get(TargetsTemplate.RANKED), issues);
            // a bad contact cell refuses the workbook but keeps the unit listed (no follow-on 年度目标 errors)
            boolean unitFine = issues.errorCount() == errorsBefore;
            String[] contact = contactCells.read(sheet, row, issues);
            if (unitFine) {
                units.add(new UnitLine(code, name, group, ranked, contact[0], contact[1], contact[2]));
            }
        }
        if (units.isEmpty() && !issues.hasErrors()) {
            issues.error(
                    sheet,
                    CellRef.of(0, header.rowIndex() + 1),
                    TargetsTemplate.UNIT_CODE,
                    null,
                    "没有任何考核单位，应每个考核单位填写一行");
        }
        return units;
    }

    static String required(String sheet, SheetRow row, int column, String field, String expected, IssueList issues) {
        RawCell cell = row.cell(column);
        String ref = CellRef.of(column, row.rowIndex());
        if (cell != null && cell.problem() != null) {
            issues.error(sheet, ref, field, cell.shown(), cell.problem());
            return null;
        }
        String value = TemplateChecks.text(cell);
        if (value == null) {
            issues.error(sheet, ref, field, null, "必填项为空，应填写" + expected);
        }
        return value;
    }

    private static void tooLong(
            String sheet, SheetRow row, int column, String field, String value, int limit, IssueList issues) {
        if (value != null && value.length() > limit) {
            issues.error(
                    sheet,
                    CellRef.of(column, row.rowIndex()),
                    field,
                    value,
                    "超过 " + limit + " 个字，应不超过 " + limit + " 个字");
        }
    }

    private static Boolean yesNo(String sheet, SheetRow row, int column, IssueList issues) {
        RawCell cell = row.cell(column);
        String ref = CellRef.of(column, row.rowIndex());
        if (cell != null && cell.kind() == RawCell.Kind.BOOLEAN) {
            return "TRUE".equals(cell.text());
        }
        String value = TemplateChecks.text(cell);
        if (TargetsTemplate.YES.equals(value)) {
            return true;
        }
        if (TargetsTemplate.NO.equals(value)) {
            return false;
        }
        issues.error(
                sheet,
                ref,
                TargetsTemplate.RANKED,
                cell == null || cell.isBlank() ? null : cell.shown(),
                cell == null || cell.isBlank() ? "必填项为空，应填写“是”或“否”" : "应填写“是”或“否”");
        return null;
    }
}
