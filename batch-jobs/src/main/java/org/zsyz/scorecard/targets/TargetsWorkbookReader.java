package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.SheetVisitor;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.excel.WorkbookVisitor;
import org.zsyz.scorecard.indicator.Indicator;

/**
 * Reads and checks the year's targets workbook (SPEC section 2.1): 考核单位, 年度目标 and the optional
 * 序时进度. The workbook is small; all of it is read before anything is stored, and a workbook with any
 * error is refused whole.
 */
public final class TargetsWorkbookReader {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private final WorkbookReader workbooks;

    public TargetsWorkbookReader(WorkbookReader workbooks) {
        this.workbooks = workbooks;
    }

    public record UnitLine(String code, String name, String group, boolean ranked) {
    }

    /** @param targets per unit code, the indicators that have a target (blank cells are absent) */
    public record TargetsContent(List<UnitLine> units, Map<String, Map<Indicator, BigDecimal>> targets,
            Map<Integer, BigDecimal> schedule, IssueList issues) {

        public int targetCount() {
            return targets.values().stream().mapToInt(Map::size).sum();
        }
    }

    public TargetsContent read(Path file) throws UnreadableWorkbookException {
        Map<String, List<SheetRow>> sheets = new HashMap<>();
        List<String>[] names = new List[1];
        workbooks.read(file, new WorkbookVisitor() {
            @Override
            public void sheetNames(List<String> all) {
                names[0] = all;
            }

            @Override
            public SheetVisitor sheet(String sheetName) {
                List<SheetRow> rows = new ArrayList<>();
                sheets.put(CellText.key(sheetName), rows);
                return rows::add;
            }
        });
        IssueList issues = new IssueList();
        List<SheetRow> unitRows = sheets.get(CellText.key(TargetsTemplate.UNITS_SHEET));
        List<SheetRow> targetRows = sheets.get(CellText.key(TargetsTemplate.TARGETS_SHEET));
        List<SheetRow> scheduleRows = sheets.get(CellText.key(TargetsTemplate.SCHEDULE_SHEET));
        for (String required : List.of(TargetsTemplate.UNITS_SHEET, TargetsTemplate.TARGETS_SHEET)) {
            if (!sheets.containsKey(CellText.key(required))) {
                issues.error(required, null, null, null, "缺少工作表「" + required + "」（现有工作表："
                        + String.join("、", names[0] == null ? List.of() : names[0]) + "）");
            }
        }
        List<UnitLine> units = unitRows == null ? List.of() : units(unitRows, issues);
        Map<String, Map<Indicator, BigDecimal>> targets = targetRows == null ? Map.of()
                : targets(targetRows, units, issues);
        Map<Integer, BigDecimal> schedule = scheduleRows == null ? Map.of() : schedule(scheduleRows, issues);
        return new TargetsContent(units, targets, schedule, issues);
    }

    private static String text(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return cell.kind() == RawCell.Kind.NUMBER ? cell.number().stripTrailingZeros().toPlainString()
                : CellText.clean(cell.text());
    }

    private static BigDecimal number(RawCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (cell.kind()) {
            case NUMBER -> cell.number();
            case TEXT -> CellText.parseNumber(cell.text()).orElse(null);
            default -> null;
        };
    }

    private List<UnitLine> units(List<SheetRow> rows, IssueList issues) {
        String sheet = TargetsTemplate.UNITS_SHEET;
        HeaderMap header = HeaderMap.find(rows.subList(0, Math.min(10, rows.size())), TargetsTemplate.unitHeaders());
        if (header == null) {
            issues.error(sheet, null, null, null, "找不到表头（应为：" + String.join(" | ", TargetsTemplate.unitHeaders()) + "）");
            return List.of();
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        for (String h : TargetsTemplate.unitHeaders()) {
            int c = header.column(h);
            if (c < 0) {
                issues.error(sheet, "第" + (header.rowIndex() + 1) + "行", h, null, "表头缺少“" + h + "”列");
            }
            col.put(h, c);
        }
        if (col.containsValue(-1)) {
            return List.of();
        }
        List<UnitLine> units = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (SheetRow row : rows) {
            if (row.rowIndex() <= header.rowIndex() || row.isBlank()) {
                continue;
            }
            int codeCol = col.get(TargetsTemplate.UNIT_CODE);
            String code = text(row.cell(codeCol));
            String name = text(row.cell(col.get(TargetsTemplate.UNIT_NAME)));
            String group = text(row.cell(col.get(TargetsTemplate.GROUP)));
            String ranked = text(row.cell(col.get(TargetsTemplate.RANKED)));
            boolean ok = true;
            if (code == null || !UNIT_CODE.matcher(code).matches()) {
                issues.error(sheet, CellRef.of(codeCol, row.rowIndex()), TargetsTemplate.UNIT_CODE, code,
                        code == null ? "必填项为空" : "单位代码应为1—20位字母、数字、下划线或连字符");
                ok = false;
            } else if (seen.putIfAbsent(code, CellRef.of(codeCol, row.rowIndex())) != null) {
                issues.error(sheet, CellRef.of(codeCol, row.rowIndex()), TargetsTemplate.UNIT_CODE, code,
                        "单位代码重复（与 " + seen.get(code) + " 相同）");
                ok = false;
            }
            if (name == null) {
                issues.error(sheet, CellRef.of(col.get(TargetsTemplate.UNIT_NAME), row.rowIndex()),
                        TargetsTemplate.UNIT_NAME, null, "必填项为空");
                ok = false;
            }
            if (group == null) {
                issues.error(sheet, CellRef.of(col.get(TargetsTemplate.GROUP), row.rowIndex()), TargetsTemplate.GROUP,
                        null, "必填项为空，应填写考核组别（如 县市区、城区、开发区）");
                ok = false;
            }
            if (!TargetsTemplate.YES.equals(ranked) && !TargetsTemplate.NO.equals(ranked)) {
                issues.error(sheet, CellRef.of(col.get(TargetsTemplate.RANKED), row.rowIndex()), TargetsTemplate.RANKED,
                        ranked, "应填写“是”或“否”");
                ok = false;
            }
            if (ok) {
                units.add(new UnitLine(code, name, group, TargetsTemplate.YES.equals(ranked)));
            }
        }
        if (units.isEmpty() && !issues.hasErrors()) {
            issues.error(sheet, null, null, null, "没有任何考核单位");
        }
        return units;
    }

    private Map<String, Map<Indicator, BigDecimal>> targets(List<SheetRow> rows, List<UnitLine> units,
            IssueList issues) {
        String sheet = TargetsTemplate.TARGETS_SHEET;
        List<String> headers = TargetsTemplate.targetHeaders();
        HeaderMap header = HeaderMap.find(rows.subList(0, Math.min(10, rows.size())), headers);
        if (header == null) {
            issues.error(sheet, null, null, null, "找不到表头（应含：" + String.join(" | ", headers) + "）");
            return Map.of();
        }
        int codeCol = header.column(TargetsTemplate.UNIT_CODE);
        Map<Indicator, Integer> cols = new LinkedHashMap<>();
        for (Indicator i : Indicator.withTargets()) {
            int c = header.column(i.targetHeader());
            if (c < 0) {
                issues.error(sheet, "第" + (header.rowIndex() + 1) + "行", i.targetHeader(), null,
                        "表头缺少“" + i.targetHeader() + "”列");
            }
            cols.put(i, c);
        }
        if (codeCol < 0) {
            issues.error(sheet, "第" + (header.rowIndex() + 1) + "行", TargetsTemplate.UNIT_CODE, null, "表头缺少“单位代码”列");
            return Map.of();
        }
        Map<String, UnitLine> known = new HashMap<>();
        units.forEach(u -> known.put(u.code(), u));
        Map<String, Map<Indicator, BigDecimal>> targets = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            if (row.rowIndex() <= header.rowIndex() || row.isBlank()) {
                continue;
            }
            String code = text(row.cell(codeCol));
            String ref = CellRef.of(codeCol, row.rowIndex());
            if (code == null) {
                issues.error(sheet, ref, TargetsTemplate.UNIT_CODE, null, "必填项为空");
                continue;
            }
            if (!known.containsKey(code)) {
                issues.error(sheet, ref, TargetsTemplate.UNIT_CODE, code, "单位代码不在「考核单位」表中");
                continue;
            }
            if (targets.containsKey(code)) {
                issues.error(sheet, ref, TargetsTemplate.UNIT_CODE, code, "该单位的目标重复填写");
                continue;
            }
            Map<Indicator, BigDecimal> values = new LinkedHashMap<>();
            for (Map.Entry<Indicator, Integer> e : cols.entrySet()) {
                if (e.getValue() < 0) {
                    continue;
                }
                RawCell cell = row.cell(e.getValue());
                if (cell == null || cell.isBlank()) {
                    continue; // no target set
                }
                BigDecimal v = number(cell);
                String cellRef = CellRef.of(e.getValue(), row.rowIndex());
                if (v == null) {
                    issues.error(sheet, cellRef, e.getKey().targetHeader(), cell.shown(), "不是数字，不设目标请留空");
                } else if (v.signum() < 0) {
                    issues.error(sheet, cellRef, e.getKey().targetHeader(), cell.shown(), "目标不能为负数");
                } else if (e.getKey().kind() == Indicator.Kind.COUNT && v.stripTrailingZeros().scale() > 0) {
                    issues.error(sheet, cellRef, e.getKey().targetHeader(), cell.shown(), "个数/批次应为整数");
                } else {
                    values.put(e.getKey(), v);
                }
            }
            targets.put(code, values);
        }
        for (UnitLine unit : units) {
            if (!targets.containsKey(unit.code())) {
                issues.warning(sheet, null, TargetsTemplate.UNIT_CODE, unit.code(),
                        "考核单位“" + unit.name() + "”没有填写任何目标，各指标按未设目标处理");
            }
        }
        return targets;
    }

    private Map<Integer, BigDecimal> schedule(List<SheetRow> rows, IssueList issues) {
        String sheet = TargetsTemplate.SCHEDULE_SHEET;
        HeaderMap header = HeaderMap.find(rows.subList(0, Math.min(10, rows.size())),
                List.of(TargetsTemplate.MONTH, TargetsTemplate.CUMULATIVE_PROGRESS));
        if (header == null || header.column(TargetsTemplate.MONTH) < 0
                || header.column(TargetsTemplate.CUMULATIVE_PROGRESS) < 0) {
            issues.error(sheet, null, null, null, "找不到表头（应为：月份 | 累计进度(%)）");
            return Map.of();
        }
        int monthCol = header.column(TargetsTemplate.MONTH);
        int progressCol = header.column(TargetsTemplate.CUMULATIVE_PROGRESS);
        Map<Integer, BigDecimal> schedule = new java.util.TreeMap<>();
        for (SheetRow row : rows) {
            if (row.rowIndex() <= header.rowIndex() || row.isBlank()) {
                continue;
            }
            BigDecimal month = number(row.cell(monthCol));
            BigDecimal percent = number(row.cell(progressCol));
            String monthRef = CellRef.of(monthCol, row.rowIndex());
            String progressRef = CellRef.of(progressCol, row.rowIndex());
            if (month == null || month.stripTrailingZeros().scale() > 0 || month.intValue() < 1 || month.intValue() > 12) {
                issues.error(sheet, monthRef, TargetsTemplate.MONTH, shown(row.cell(monthCol)), "月份应为1—12的整数");
                continue;
            }
            if (percent == null || percent.signum() < 0 || percent.compareTo(new BigDecimal(100)) > 0) {
                issues.error(sheet, progressRef, TargetsTemplate.CUMULATIVE_PROGRESS, shown(row.cell(progressCol)),
                        "累计进度应为0—100之间的百分数（如 25 表示25%）");
                continue;
            }
            if (schedule.put(month.intValue(), percent.divide(new BigDecimal(100))) != null) {
                issues.error(sheet, monthRef, TargetsTemplate.MONTH, month.toPlainString(), "月份重复");
            }
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (Map.Entry<Integer, BigDecimal> e : schedule.entrySet()) {
            if (e.getValue().compareTo(previous) < 0) {
                issues.error(sheet, null, TargetsTemplate.CUMULATIVE_PROGRESS, e.getKey() + "月",
                        "累计进度不能比上月低");
            }
            previous = e.getValue();
        }
        if (!schedule.isEmpty() && schedule.size() != 12) {
            issues.error(sheet, null, TargetsTemplate.MONTH, null, "序时进度应列出全部12个月（现有" + schedule.size() + "个月）");
        }
        return schedule;
    }

    private static String shown(RawCell cell) {
        return cell == null ? null : cell.shown();
    }
}
