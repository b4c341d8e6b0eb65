package org.zsyz.scorecard.report;

import static org.zsyz.scorecard.report.ScorecardWorkbookWriter.HEADER_ROWS;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The cells and sheet layout of {@link ScorecardWorkbookWriter}: title, headings, filter, widths, typed cells. */
final class WorkbookCells {

    private WorkbookCells() {}

    static void title(Sheet sheet, WorkbookStyles st, String title, int columns) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(24);
        Cell cell = row.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(st.title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.min(columns - 1, 11)));
        }
    }

    static void headerRow(Sheet sheet, WorkbookStyles st, List<String> headers) {
        Row row = sheet.createRow(1);
        row.setHeightInPoints(30);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(st.header);
        }
    }

    static void finish(Sheet sheet, List<String> headers, int lastRowExclusive, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, HEADER_ROWS);
        sheet.setAutoFilter(new CellRangeAddress(
                HEADER_ROWS - 1, Math.max(HEADER_ROWS - 1, lastRowExclusive - 1), 0, headers.size() - 1));
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, columnWidth(headers.get(i)));
        }
    }

    /** Width for a header: CJK characters count double, within 8 and 18 characters, plus room for the filter button. */
    static int columnWidth(String header) {
        int units = 0;
        for (int i = 0; i < header.length(); i++) {
            units += header.charAt(i) > 0x2E80 ? 2 : 1;
        }
        int chars = Math.max(8, Math.min(18, units)) + 3;
        return chars * 256;
    }

    static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    static void number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    static void integer(Row row, int col, Integer value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** {@code null} or a whole number (no fraction to show). */
    static boolean whole(java.math.BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0;
    }
}
