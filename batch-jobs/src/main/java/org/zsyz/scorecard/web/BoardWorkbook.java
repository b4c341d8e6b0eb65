package org.zsyz.scorecard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The submission board of a period as an .xlsx the bureau can file or sort: one row per unit with its state, the
 * version that counts, when it came and whether late, how it came (代报 named), and the 填报人 and phone from
 * that version's cover. A unit with no counting version has those cells empty.
 */
final class BoardWorkbook {

    static final List<String> HEADERS =
            List.of("单位代码", "单位", "组别", "状态", "有效版本", "报送时间", "是否逾期", "报送方式", "填报人", "联系电话", "版本数", "备注");

    private BoardWorkbook() {}

    static String fileName(YearMonth period) {
        return "报送情况-" + period + ".xlsx";
    }

    static void write(YearMonth period, LocalDate deadline, List<SubmissionBoard.Row> rows, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(period + " 报送情况");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

            Row top = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (SubmissionBoard.Row line : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.unit().unitCode());
                row.createCell(1).setCellValue(line.unit().unitName());
                text(row, 2, line.unit().groupName());
                row.createCell(3).setCellValue(line.state() + (line.overdue() ? "（已过截止日 " + deadline + "）" : ""));
                if (line.counting() != null) {
                    row.createCell(4).setCellValue(line.counting().versionNo());
                    Cell at = row.createCell(5);
                    at.setCellValue(line.counting().submittedAt());
                    at.setCellStyle(time);
                    row.createCell(6).setCellValue(line.late() ? "是" : "否");
                    row.createCell(7).setCellValue(line.way());
                    text(row, 8, line.facts() == null ? null : line.facts().reporter());
                    text(row, 9, line.facts() == null ? null : line.facts().phone());
                }
                row.createCell(10).setCellValue(line.versions());
                if (line.returned() != null) {
                    row.createCell(11)
                            .setCellValue("第" + line.returned().versionNo() + "版已退回："
                                    + line.returned().sendBackReason());
                } else if (line.counting() == null && line.latest() != null) {
                    row.createCell(11).setCellValue("第" + line.latest().versionNo() + "版未通过校验");
                }
            }
            int[] widths = {10, 16, 10, 22, 8, 20, 8, 20, 10, 16, 8, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isBlank()) {
            row.createCell(column).setCellValue(value);
        }
    }
}
