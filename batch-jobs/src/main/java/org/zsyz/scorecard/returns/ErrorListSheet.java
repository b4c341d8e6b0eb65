package org.zsyz.scorecard.returns;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.zsyz.scorecard.excel.ImportIssue;

/**
 * The 错误清单 sheet of an error workbook: a note, then one line per issue (level, sheet, cell, field, value,
 * reason), each cell reference a link to the cell it names.
 */
final class ErrorListSheet {

    static final List<String> TITLES = List.of("级别", "工作表", "单元格", "字段", "填写的值", "原因");
    /** A plain A1 reference: only such cells are linked and marked. */
    static final Pattern A1 = Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");

    private ErrorListSheet() {}

    /** Adds the sheet, last in the workbook and the one shown on opening. */
    static void add(Workbook workbook, List<ImportIssue> issues, int errorCount, String note) {
        Sheet sheet = workbook.createSheet(ErrorWorkbookWriter.ERROR_SHEET);
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        CellStyle link = workbook.createCellStyle();
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(blue);

        sheet.createRow(0).createCell(0).setCellValue(note);
        int kept = (int) issues.stream().filter(ImportIssue::isError).count();
        int r = 1;
        if (errorCount > kept) {
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue("错误太多，只列出前 " + kept + " 处（共 " + errorCount + " 处），改正后重新报送会列出其余的。");
        }
        int headerRow = ++r;
        Row head = sheet.createRow(headerRow);
        for (int i = 0; i < TITLES.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(TITLES.get(i));
            cell.setCellStyle(header);
        }
        CreationHelper helper = workbook.getCreationHelper();
        for (ImportIssue issue : issues) {
            Row row = sheet.createRow(++r);
            row.createCell(0).setCellValue(issue.severity().label());
            row.createCell(1).setCellValue(nullToEmpty(issue.sheet()));
            Cell ref = row.createCell(2);
            ref.setCellValue(nullToEmpty(issue.cell()));
            if (issue.sheet() != null
                    && issue.cell() != null
                    && A1.matcher(issue.cell()).matches()
                    && workbook.getSheet(issue.sheet()) != null) {
                Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress("'" + issue.sheet().replace("'", "''") + "'!" + issue.cell());
                ref.setHyperlink(hyperlink);
                ref.setCellStyle(link);
            }
            row.createCell(3).setCellValue(nullToEmpty(issue.field()));
            row.createCell(4).setCellValue(nullToEmpty(issue.value()));
            Cell reason = row.createCell(5);
            reason.setCellValue(issue.message());
            reason.setCellStyle(wrap);
        }
        int[] widths = {8, 12, 10, 20, 24, 70};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r), 0, TITLES.size() - 1));
        int index = workbook.getSheetIndex(sheet);
        for (Sheet other : workbook) {
            other.setSelected(false);
        }
        sheet.setSelected(true);
        workbook.setActiveSheet(index);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
