package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back with POI's user model, the way a person opening it in Excel would see it. */
public final class WorkbookProbe {

    private WorkbookProbe() {}

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    public static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    public static List<String> rowTexts(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    public static List<String> columnTexts(Sheet sheet, int column, int firstRow, int lastRow) {
        List<String> texts = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            texts.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return texts;
    }

    /** The header row is frozen, bold, filled, bordered, wrapped, and every cell has a non-empty note. */
    public static void assertStyledFrozenHeader(XSSFSheet sheet, int columns) {
        assertThat(sheet.getPaneInformation())
                .as(sheet.getSheetName() + " pane")
                .isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition())
                .isEqualTo(1);
        assertThat((int) sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
        Row header = sheet.getRow(0);
        assertThat((int) header.getLastCellNum()).isEqualTo(columns);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.getCell(c);
            XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
            assertThat(style.getFont().getBold())
                    .as("bold " + cell.getStringCellValue())
                    .isTrue();
            assertThat(style.getWrapText()).isTrue();
            assertThat(style.getBorderBottom()).isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
            assertThat(style.getFillPattern()).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getCellComment(new CellAddress(0, c)))
                    .as("note on " + cell.getStringCellValue())
                    .isNotNull();
            assertThat(note(sheet, 0, c)).isNotBlank();
            assertThat(sheet.getColumnWidth(c))
                    .as("width of " + cell.getStringCellValue())
                    .isBetween(8 * 256, 40 * 256);
        }
    }

    public static String note(XSSFSheet sheet, int row, int column) {
        var comment = sheet.getCellComment(new CellAddress(row, column));
        return comment == null ? null : comment.getString().getString();
    }

    /** The validations of a sheet keyed by the single column each covers. */
    public static Map<Integer, DataValidation> validationsByColumn(XSSFSheet sheet) {
        Map<Integer, DataValidation> byColumn = new LinkedHashMap<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            CellRangeAddress[] ranges = validation.getRegions().getCellRangeAddresses();
            assertThat(ranges).hasSize(1);
            assertThat(ranges[0].getFirstColumn()).isEqualTo(ranges[0].getLastColumn());
            assertThat(byColumn.put(ranges[0].getFirstColumn(), validation))
                    .as("one validation per column")
                    .isNull();
        }
        return byColumn;
    }

    public static List<String> listValues(DataValidation validation) {
        String[] values = validation.getValidationConstraint().getExplicitListValues();
        return values == null ? null : List.of(values);
    }

    public static CellRangeAddress range(DataValidation validation) {
        return validation.getRegions().getCellRangeAddresses()[0];
    }

    public static LocalDate date(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** A number cell read back at {@code scale} decimals (what the import does with a money cell). */
    public static BigDecimal decimal(Cell cell, int scale) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(scale, RoundingMode.HALF_UP);
    }

    public static boolean isBlank(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }
}
