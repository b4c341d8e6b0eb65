package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
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
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.targets.TargetsWorkbookReader.UnitLine;

/**
 * The 年度目标 sheet of the targets workbook: per listed unit, the target of each indicator (blank = no target);
 * money may be given in 万元 and is normalised to 亿元.
 */
final class TargetsSheet {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);

    private TargetsSheet() {}

    static Map<String, Map<Indicator, BigDecimal>> read(
            String sheet, List<SheetRow> rows, List<UnitLine> units, IndicatorCatalogue catalogue, IssueList issues) {
        List<String> headers = TargetsTemplate.targetHeaders(catalogue);
        HeaderMap header = TargetsWorkbookReader.header(sheet, rows, headers, issues);
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
            String code = UnitsSheet.required(sheet, row, codeCol, TargetsTemplate.UNIT_CODE, "“考核单位”表中的单位代码", issues);
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
