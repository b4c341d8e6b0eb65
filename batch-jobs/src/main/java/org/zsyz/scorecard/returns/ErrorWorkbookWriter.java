package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.SafeFiles;

/**
 * Writes, beside a rejected workbook, {@code <name>-错误清单.xlsx}: one line per problem with sheet, cell,
 * field, value and reason, for the unit to correct its file.
 */
@Component
public class ErrorWorkbookWriter {

    public static final String ERROR_SHEET = "错误清单";

    public Path write(Path rejectedFile, List<ImportIssue> issues) throws IOException {
        String name = rejectedFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path target = SafeFiles.freeName(rejectedFile.getParent(), (dot < 0 ? name : name.substring(0, dot))
                + "-" + ERROR_SHEET + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = workbook.createSheet(ERROR_SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            List<String> titles = List.of("级别", "工作表", "单元格", "字段", "填写的值", "原因");
            Row head = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                head.createCell(i).setCellValue(titles.get(i));
                head.getCell(i).setCellStyle(header);
            }
            int r = 1;
            for (ImportIssue issue : issues) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(issue.severity().label());
                row.createCell(1).setCellValue(nullToEmpty(issue.sheet()));
                row.createCell(2).setCellValue(nullToEmpty(issue.cell()));
                row.createCell(3).setCellValue(nullToEmpty(issue.field()));
                row.createCell(4).setCellValue(nullToEmpty(issue.value()));
                row.createCell(5).setCellValue(issue.message());
            }
            int[] widths = { 8, 12, 10, 20, 24, 70 };
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, 5));
            workbook.write(out);
        }
        return target;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
