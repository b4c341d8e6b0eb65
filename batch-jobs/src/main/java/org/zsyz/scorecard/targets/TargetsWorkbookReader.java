package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.SheetVisitor;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.excel.WorkbookVisitor;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

/**
 * Reads and checks the year's targets workbook (docs/returns-and-targets.md): 考核单位, 年度目标 and the optional
 * 序时进度. The workbook is small (one row per unit); the three sheets are read whole before anything is
 * stored, other sheets are skipped unread, and a workbook with any error is refused whole. Every issue names
 * the sheet as the file spells it, the cell, the field, the value found and what was expected.
 */
public final class TargetsWorkbookReader {

    /** The template's wording in messages about its sheets and version. */
    static final TemplateChecks.Kind TEMPLATE =
            new TemplateChecks.Kind("年度目标任务书模板", TargetsTemplate.VERSION_MARKER, "应使用统一模板", "建议使用最新模板", "请下载最新模板重新填写");

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);
    /** Database column widths. */
    static final int NAME_LIMIT = 100;

    static final int GROUP_LIMIT = 40;

    private final WorkbookReader workbooks;

    public TargetsWorkbookReader(WorkbookReader workbooks) {
        this.workbooks = workbooks;
    }

    public record UnitLine(String code, String name, String group, boolean ranked) {}

    /** @param targets per unit code, the indicators that have a target (blank cells are absent) */
    public record TargetsContent(
            List<UnitLine> units,
            Map<String, Map<Indicator, BigDecimal>> targets,
            Map<Integer, BigDecimal> schedule,
            IssueList issues) {

        public int targetCount() {
            return targets.values().stream().mapToInt(Map::size).sum();
        }
    }

    /** Reads the workbook without checking which year it says it is for. */
    public TargetsContent read(Path file) throws UnreadableWorkbookException {
        return read(file, null);
    }

    /**
     * @param year the year being imported; the 年度 on the 填报说明 sheet, when there, must agree
     */
    public TargetsContent read(Path file, Integer year) throws UnreadableWorkbookException {
        return read(file, year, IndicatorCatalogue.DEFAULT);
    }

    /**
     * @param catalogue the year's indicators: 年度目标 must have a column for each one with a target, headed as
     *                  {@link TargetsTemplate#targetHeaders(IndicatorCatalogue)} writes it
     */
    public TargetsContent read(Path file, Integer year, IndicatorCatalogue catalogue)
            throws UnreadableWorkbookException {
        Map<String, List<SheetRow>> sheets = new HashMap<>();
        Map<String, String> actualNames = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<String> wanted = List.of(
                TargetsTemplate.UNITS_SHEET,
                TargetsTemplate.TARGETS_SHEET,
                TargetsTemplate.SCHEDULE_SHEET,
                TargetsTemplate.INSTRUCTIONS_SHEET);
        workbooks.read(file, new WorkbookVisitor() {
            @Override
            public void sheetNames(List<String> all) {
                names.addAll(all);
            }

            @Override
            public SheetVisitor sheet(String sheetName) {
                String key = CellText.key(sheetName);
                String template = wanted.stream()
                        .filter(w -> CellText.key(w).equals(key))
                        .findFirst()
                        .orElse(null);
                if (template == null || sheets.containsKey(template)) {
                    return null;
                }
                List<SheetRow> rows = new ArrayList<>();
                sheets.put(template, rows);
                actualNames.put(template, sheetName);
                return rows::add;
            }
        });
        IssueList issues = new IssueList();
        TemplateChecks.requireSheets(
                issues,
                TEMPLATE,
                List.of(TargetsTemplate.UNITS_SHEET, TargetsTemplate.TARGETS_SHEET),
                sheets::containsKey,
                names);
        checkInstructions(
                actualNames.get(TargetsTemplate.INSTRUCTIONS_SHEET),
                sheets.get(TargetsTemplate.INSTRUCTIONS_SHEET),
                year,
                issues);
        List<UnitLine> units = sheets.containsKey(TargetsTemplate.UNITS_SHEET)
                ? units(actualNames.get(TargetsTemplate.UNITS_SHEET), sheets.get(TargetsTemplate.UNITS_SHEET), issues)
                : List.of();
        Map<String, Map<Indicator, BigDecimal>> targets = sheets.containsKey(TargetsTemplate.TARGETS_SHEET)
                ? targets(
                        actualNames.get(TargetsTemplate.TARGETS_SHEET),
                        sheets.get(TargetsTemplate.TARGETS_SHEET),
                        units,
                        catalogue,
                        issues)
                : Map.of();
        Map<Integer, BigDecimal> schedule = sheets.containsKey(TargetsTemplate.SCHEDULE_SHEET)
                ? ScheduleSheet.read(
                        actualNames.get(TargetsTemplate.SCHEDULE_SHEET),
                        sheets.get(TargetsTemplate.SCHEDULE_SHEET),
                        issues)
                : Map.of();
        return new TargetsContent(units, targets, schedule, issues);
    }

    private static void checkInstructions(String sheet, List<SheetRow> rows, Integer year, IssueList issues) {
        String version = null;
        String versionCell = null;
        for (SheetRow row : rows == null ? List.<SheetRow>of() : rows) {
            String label = TemplateChecks.text(row.cell(0));
            if (label == null) {
                continue;
            }
            String value = TemplateChecks.text(row.cell(1));
            String cell = CellRef.of(1, row.rowIndex());
            if (versionCell == null && CellText.key(label).equals(CellText.key(TargetsTemplate.TEMPLATE_VERSION))) {
                version = value == null ? "" : value;
                versionCell = cell;
            } else if (year != null
                    && CellText.key(label).equals(CellText.key(TargetsTemplate.YEAR))
                    && value != null
                    && !value.equals(Integer.toString(year))) {
                issues.error(
                        sheet,
                        cell,
                        TargetsTemplate.YEAR,
                        value,
                        "目标任务书是 " + value + " 年的，本次导入的是 " + year + " 年，应导入 " + year + " 年的目标任务书（或用 --year " + value
                                + "）");
            }
        }
        TemplateChecks.checkVersion(
                issues,
                TEMPLATE,
                TargetsTemplate.INSTRUCTIONS_SHEET,
                TargetsTemplate.TEMPLATE_VERSION,
                sheet,
                version,
                versionCell);
    }

    static HeaderMap header(String sheet, List<SheetRow> rows, List<String> expected, IssueList issues) {
        HeaderMap header =
                HeaderMap.find(rows.subList(0, Math.min(TemplateChecks.HEADER_SEARCH_ROWS, rows.size())), expected);
        if (header == null) {
            issues.error(
                    sheet,
                    null,
                    null,
                    null,
                    "前" + TemplateChecks.HEADER_SEARCH_ROWS + "行中找不到表头，应为：“" + String.join("”“", expected)
                            + "”，请使用统一模板");
        }
        return header;
    }

    private List<UnitLine> units(String sheet, List<SheetRow> rows, IssueList issues) {
        HeaderMap header = header(sheet, rows, TargetsTemplate.unitHeaders(), issues);
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
        TemplateChecks.extraColumns(issues, sheet, header, col.values());
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
                    NAME_LIMIT,
                    issues);
            String group = required(
                    sheet, row, col.get(TargetsTemplate.GROUP), TargetsTemplate.GROUP, "考核组别，如 县市区、城区、开发区", issues);
            tooLong(sheet, row, col.get(TargetsTemplate.GROUP), TargetsTemplate.GROUP, group, GROUP_LIMIT, issues);
            Boolean ranked = yesNo(sheet, row, col.get(TargetsTemplate.RANKED), issues);
            if (issues.errorCount() == errorsBefore) {
                units.add(new UnitLine(code, name, group, ranked));
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

    private static String required(
            String sheet, SheetRow row, int column, String field, String expected, IssueList issues) {
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

    private Map<String, Map<Indicator, BigDecimal>> targets(
            String sheet, List<SheetRow> rows, List<UnitLine> units, IndicatorCatalogue catalogue, IssueList issues) {
        List<String> headers = TargetsTemplate.targetHeaders(catalogue);
        HeaderMap header = header(sheet, rows, headers, issues);
        if (header == null) {
            return Map.of();
        }
        String headerRow = "第" + (header.rowIndex() + 1) + "行";
        int codeCol = header.column(TargetsTemplate.UNIT_CODE);
        Map<Indicator, Integer> cols = new LinkedHashMap<>();
        Map<Indicator, String> unitOf = new HashMap<>();
        for (Indicator i : catalogue.withTargets()) {
            int c = header.column(i.targetHeader());
            String unit = i.unitOfMeasure();
            if (c < 0 && "亿元".equals(unit)) {
                // docs/returns-and-targets.md, Formats: money headers may carry 万元 instead; normalised to 亿元.
                c = header.column(i.fullName() + "(万元)");
                unit = "万元";
            }
            if (c < 0) {
                issues.error(
                        sheet,
                        headerRow,
                        i.targetHeader(),
                        null,
                        "表头缺少“" + i.targetHeader() + "”列" + ("亿元".equals(i.unitOfMeasure()) ? "（金额单位也可写作万元）" : "")
                                + "，应按模板保留该列");
                continue;
            }
            cols.put(i, c);
            unitOf.put(i, unit);
        }
        if (codeCol < 0) {
            issues.error(sheet, headerRow, TargetsTemplate.UNIT_CODE, null, "表头缺少“单位代码”列，应按模板保留该列");
            return Map.of();
        }
        List<Integer> known = new ArrayList<>(cols.values());
        known.add(codeCol);
        TemplateChecks.extraColumns(issues, sheet, header, known);
        Map<String, UnitLine> listed = new HashMap<>();
        units.forEach(u -> listed.put(u.code(), u));
        Map<String, Map<Indicator, BigDecimal>> targets = new LinkedHashMap<>();
        Map<String, String> firstRow = new HashMap<>();
        for (SheetRow row : rows) {
            if (row.rowIndex() <= header.rowIndex() || row.isBlank()) {
                continue;
            }
            String ref = CellRef.of(codeCol, row.rowIndex());
            String code = required(sheet, row, codeCol, TargetsTemplate.UNIT_CODE, "“考核单位”表中的单位代码", issues);
            if (code == null) {
                continue;
            }
            if (!listed.containsKey(code)) {
                issues.error(
                        sheet,
                        ref,
                        TargetsTemplate.UNIT_CODE,
                        code,
                        "单位代码不在「" + TargetsTemplate.UNITS_SHEET + "」表中，应先在「" + TargetsTemplate.UNITS_SHEET
                                + "」表中列出该单位");
                continue;
            }
            if (firstRow.putIfAbsent(code, ref) != null) {
                issues.error(
                        sheet,
                        ref,
                        TargetsTemplate.UNIT_CODE,
                        code,
                        "该单位的目标重复填写（与 " + firstRow.get(code) + " 相同），每个单位只应填一行");
                continue;
            }
            Map<Indicator, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<Indicator, Integer> e : cols.entrySet()) {
                Indicator indicator = e.getKey();
                RawCell cell = row.cell(e.getValue());
                if (cell == null || cell.isBlank()) {
                    continue; // no target set
                }
                String cellRef = CellRef.of(e.getValue(), row.rowIndex());
                String field = header.text(e.getValue());
                String unit = unitOf.get(indicator);
                BigDecimal v = TemplateChecks.number(cell);
                if (cell.problem() != null) {
                    issues.error(sheet, cellRef, field, cell.shown(), cell.problem());
                } else if (v == null) {
                    issues.error(sheet, cellRef, field, cell.shown(), "不是数字，应填写以" + unit + "为单位的数字；不设目标请留空");
                } else if (v.signum() < 0) {
                    issues.error(sheet, cellRef, field, cell.shown(), "目标不能为负数，应填写不小于0的数字；不设目标请留空");
                } else if (indicator.kind() == Indicator.Kind.COUNT
                        && v.stripTrailingZeros().scale() > 0) {
                    issues.error(sheet, cellRef, field, cell.shown(), "应填写整数（单位：" + indicator.unitOfMeasure() + "）");
                } else if (v.precision() - v.scale() > 12) {
                    issues.error(sheet, cellRef, field, cell.shown(), "数值过大，应填写以" + unit + "为单位的目标");
                } else {
                    values.put(indicator, "万元".equals(unit) ? v.divide(TEN_THOUSAND) : v);
                }
            }
            targets.put(code, values);
        }
        for (UnitLine unit : units) {
            if (!targets.containsKey(unit.code())) {
                issues.warning(
                        sheet,
                        null,
                        TargetsTemplate.UNIT_CODE,
                        unit.code(),
                        "考核单位“" + unit.name() + "”没有填写任何目标，各指标按未设目标处理");
            }
        }
        return targets;
    }
}
