package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
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

    /** Database column widths. */
    static final int NAME_LIMIT = 100;

    static final int GROUP_LIMIT = 40;

    private final WorkbookReader workbooks;

    public TargetsWorkbookReader(WorkbookReader workbooks) {
        this.workbooks = workbooks;
    }

    /** A unit of 考核单位; its e-mail, robot webhook and secret are from the optional columns, else null. */
    public record UnitLine(
            String code, String name, String group, boolean ranked, String email, String webhook, String secret) {

        public UnitLine(String code, String name, String group, boolean ranked) {
            this(code, name, group, ranked, null, null, null);
        }

        public boolean hasContact() {
            return email != null || webhook != null;
        }
    }

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
                ? UnitsSheet.read(
                        actualNames.get(TargetsTemplate.UNITS_SHEET), sheets.get(TargetsTemplate.UNITS_SHEET), issues)
                : List.of();
        Map<String, Map<Indicator, BigDecimal>> targets = sheets.containsKey(TargetsTemplate.TARGETS_SHEET)
                ? TargetsSheet.read(
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
                        "目标任务书是 " + value + " 年的，本次导入的是 " + year + " 年，应导入 " + year + " 年的目标任务书（或按 " + value
                                + " 年导入：命令行加 --year " + value + "，网页上年度填 " + value + "）");
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
}
