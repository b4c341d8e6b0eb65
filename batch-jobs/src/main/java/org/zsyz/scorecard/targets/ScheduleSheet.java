package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zsyz.scorecard.excel.CellRef;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.HeaderMap;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.RawCell;
import org.zsyz.scorecard.excel.SheetRow;
import org.zsyz.scorecard.excel.TemplateChecks;

/**
 * The optional 序时进度 sheet of the targets workbook: the cumulative share of the year's target due by the end of
 * each month, all twelve months, never decreasing; an empty sheet means no schedule (m/12).
 */
final class ScheduleSheet {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private ScheduleSheet() {}

    static Map<Integer, BigDecimal> read(String sheet, List<SheetRow> rows, IssueList issues) {
        List<String> headers = List.of(TargetsTemplate.MONTH, TargetsTemplate.CUMULATIVE_PROGRESS);
        if (rows.stream().allMatch(SheetRow::isBlank)) {
            return Map.of(); // an empty sheet: no schedule, m/12
        }
        HeaderMap header = TargetsWorkbookReader.header(sheet, rows, headers, issues);
        if (header == null) {
            return Map.of();
        }
        int monthCol = header.column(TargetsTemplate.MONTH);
        int progressCol = header.column(TargetsTemplate.CUMULATIVE_PROGRESS);
        if (progressCol < 0) {
            progressCol = header.columnStartingWith("累计进度");
        }
        for (String h : headers) {
            if ((h.equals(TargetsTemplate.MONTH) ? monthCol : progressCol) < 0) {
                issues.error(sheet, "第" + (header.rowIndex() + 1) + "行", h, null, "表头缺少“" + h + "”列，应按模板保留该列");
            }
        }
        if (monthCol < 0 || progressCol < 0) {
            return Map.of();
        }
        Map<Integer, BigDecimal> schedule = new TreeMap<>();
        Map<Integer, String> cellOfMonth = new HashMap<>();
        Map<Integer, String> progressCellOfMonth = new HashMap<>();
        for (SheetRow row : rows) {
            if (row.rowIndex() <= header.rowIndex() || row.isBlank()) {
                continue;
            }
            RawCell monthCell = row.cell(monthCol);
            RawCell progressCell = row.cell(progressCol);
            String monthRef = CellRef.of(monthCol, row.rowIndex());
            String progressRef = CellRef.of(progressCol, row.rowIndex());
            BigDecimal month = TemplateChecks.number(monthCell);
            BigDecimal percent = progressCell == null || progressCell.kind() != RawCell.Kind.TEXT
                    ? TemplateChecks.number(progressCell)
                    : CellText.parsePercent(progressCell.text()).orElse(null);
            boolean ok = true;
            if (month == null
                    || month.stripTrailingZeros().scale() > 0
                    || month.compareTo(BigDecimal.ONE) < 0
                    || month.compareTo(new BigDecimal(12)) > 0) {
                issues.error(
                        sheet,
                        monthRef,
                        TargetsTemplate.MONTH,
                        shown(monthCell),
                        monthCell == null ? "必填项为空，应填写1—12的整数" : "应填写1—12的整数");
                ok = false;
            }
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                issues.error(
                        sheet,
                        progressRef,
                        TargetsTemplate.CUMULATIVE_PROGRESS,
                        shown(progressCell),
                        "应填写0—100之间的数字（如 25 表示25%）");
                ok = false;
            }
            if (!ok) {
                continue;
            }
            int m = month.intValue();
            if (schedule.put(m, percent.divide(HUNDRED)) != null) {
                issues.error(
                        sheet,
                        monthRef,
                        TargetsTemplate.MONTH,
                        Integer.toString(m),
                        "月份重复（与 " + cellOfMonth.get(m) + " 相同），每个月只应填一行");
            } else {
                cellOfMonth.put(m, monthRef);
                progressCellOfMonth.put(m, progressRef);
            }
        }
        BigDecimal previous = BigDecimal.ZERO;
        int previousMonth = 0;
        for (Map.Entry<Integer, BigDecimal> e : schedule.entrySet()) {
            if (e.getValue().compareTo(previous) < 0) {
                issues.error(
                        sheet,
                        progressCellOfMonth.get(e.getKey()),
                        TargetsTemplate.CUMULATIVE_PROGRESS,
                        e.getValue().multiply(HUNDRED).stripTrailingZeros().toPlainString(),
                        e.getKey() + "月的累计进度低于" + previousMonth + "月的 "
                                + previous.multiply(HUNDRED)
                                        .stripTrailingZeros()
                                        .toPlainString() + "，累计进度应逐月不减");
            }
            previous = e.getValue();
            previousMonth = e.getKey();
        }
        if (!schedule.isEmpty() && schedule.size() != 12) {
            List<Integer> missing = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                if (!schedule.containsKey(m)) {
                    missing.add(m);
                }
            }
            issues.error(
                    sheet,
                    null,
                    TargetsTemplate.MONTH,
                    null,
                    "序时进度应列出全部12个月，缺少："
                            + String.join(
                                    "、", missing.stream().map(m -> m + "月").toList()) + "；不设序时进度则只留表头");
        }
        return schedule;
    }

    private static String shown(RawCell cell) {
        return cell == null ? null : cell.shown();
    }
}
