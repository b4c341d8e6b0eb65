package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook described cell by cell and written with POI's user model as .xlsx or .xls, the way Excel or WPS
 * would save what a person typed: strings, numbers, date cells, booleans, formulas with or without a cached
 * value, error values, hidden rows and merged regions. {@link #goodReturn} is a valid return to spoil.
 */
public final class TestWorkbook {

    public enum Format {
        XLSX(".xlsx"),
        XLS(".xls");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** A formula and the value the saving program cached for it ({@code null}: never calculated). */
    public record Formula(String formula, Object cached) {}

    /** An Excel error value such as #DIV/0!. */
    public record ErrorValue(FormulaError error) {}

    public static final YearMonth PERIOD = YearMonth.of(2024, 3);
    public static final String UNIT = "410711";
    public static final String UNIT_NAME = "牧野区";
    /** The good return's ledger columns, A.. in template order. */
    public static final List<String> LEDGER_HEADERS = ReturnTemplate.ledgerHeaders();

    private final Map<String, TreeMap<Integer, TreeMap<Integer, Object>>> sheets = new LinkedHashMap<>();
    private final Map<String, List<Integer>> hiddenRows = new LinkedHashMap<>();
    private final Map<String, List<CellRangeAddress>> merged = new LinkedHashMap<>();

    public TestWorkbook sheet(String name) {
        sheets.computeIfAbsent(name, n -> new TreeMap<>());
        return this;
    }

    /** Sets a cell by A1 reference; {@code null} empties it. */
    public TestWorkbook set(String sheet, String ref, Object value) {
        CellReference r = new CellReference(ref);
        TreeMap<Integer, Object> row =
                sheets.computeIfAbsent(sheet, n -> new TreeMap<>()).computeIfAbsent(r.getRow(), i -> new TreeMap<>());
        if (value == null) {
            row.remove((int) r.getCol());
        } else {
            row.put((int) r.getCol(), value);
        }
        return this;
    }

    public Object get(String sheet, String ref) {
        CellReference r = new CellReference(ref);
        TreeMap<Integer, Object> row = sheets.get(sheet).get(r.getRow());
        return row == null ? null : row.get((int) r.getCol());
    }

    /** Sets a whole row from column A (0-based row index). */
    public TestWorkbook row(String sheet, int rowIndex, Object... values) {
        for (int c = 0; c < values.length; c++) {
            set(sheet, new CellReference(rowIndex, c).formatAsString(), values[c]);
        }
        return this;
    }

    public TestWorkbook clearRow(String sheet, int rowIndex) {
        sheets.get(sheet).remove(rowIndex);
        return this;
    }

    public TestWorkbook removeSheet(String sheet) {
        sheets.remove(sheet);
        return this;
    }

    /** Puts a sheet after all the others, as a unit that dragged it there would save it. */
    public TestWorkbook moveSheetToEnd(String sheet) {
        sheets.put(sheet, sheets.remove(sheet));
        return this;
    }

    public TestWorkbook renameSheet(String from, String to) {
        Map<String, TreeMap<Integer, TreeMap<Integer, Object>>> copy = new LinkedHashMap<>();
        sheets.forEach((name, rows) -> copy.put(name.equals(from) ? to : name, rows));
        sheets.clear();
        sheets.putAll(copy);
        return this;
    }

    public TestWorkbook hide(String sheet, int rowIndex) {
        hiddenRows.computeIfAbsent(sheet, s -> new ArrayList<>()).add(rowIndex);
        return this;
    }

    public TestWorkbook merge(String sheet, String range) {
        merged.computeIfAbsent(sheet, s -> new ArrayList<>()).add(CellRangeAddress.valueOf(range));
        return this;
    }

    /** A valid return of {@link #UNIT} for {@link #PERIOD}: three projects, the activity figures, the marker. */
    public static TestWorkbook goodReturn() {
        TestWorkbook wb = new TestWorkbook();
        String cover = ReturnTemplate.COVER_SHEET;
        wb.row(cover, 0, ReturnTemplate.COVER_UNIT_CODE, UNIT);
        wb.row(cover, 1, ReturnTemplate.COVER_UNIT_NAME, UNIT_NAME);
        wb.row(cover, 2, ReturnTemplate.COVER_PERIOD, "2024-03");
        wb.row(cover, 3, ReturnTemplate.COVER_REPORTER, "张三");
        wb.row(cover, 4, ReturnTemplate.COVER_PHONE, "0373-5550000");
        String ledger = ReturnTemplate.LEDGER_SHEET;
        wb.row(ledger, 0, LEDGER_HEADERS.toArray());
        wb.row(
                ledger,
                1,
                "XM-001",
                "智能装备产业园",
                "甲投资有限公司",
                "省外",
                "工业",
                "已开工",
                LocalDate.of(2024, 1, 10),
                new BigDecimal("5"),
                LocalDate.of(2024, 2, 1),
                new BigDecimal("3"),
                new BigDecimal("2"),
                null,
                "是",
                "否",
                "进展顺利");
        wb.row(
                ledger,
                2,
                "XM-002",
                "跨境物流中心",
                "乙贸易公司",
                "境外",
                "商贸物流",
                "已签约",
                LocalDate.of(2024, 2, 15),
                new BigDecimal("2.5"),
                null,
                new BigDecimal("1"),
                new BigDecimal("0"),
                new BigDecimal("300"));
        wb.row(ledger, 3, "XM-003", "高效农业示范区", "丙农业公司", "市内", "农业", "在谈");
        String activity = ReturnTemplate.ACTIVITY_SHEET;
        wb.row(activity, 0, ReturnTemplate.TRIPS, 5);
        wb.row(activity, 1, ReturnTemplate.LEADER_TRIPS, 2);
        wb.row(activity, 2, ReturnTemplate.COMPANIES_VISITED, 20);
        wb.row(activity, 3, ReturnTemplate.VISITORS_RECEIVED, 8);
        wb.row(ReturnTemplate.INSTRUCTIONS_SHEET, 0, ReturnTemplate.TEMPLATE_VERSION, ReturnTemplate.VERSION_MARKER);
        return wb;
    }

    public Path write(Path file, Format format) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Workbook wb = format == Format.XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Map.Entry<String, TreeMap<Integer, TreeMap<Integer, Object>>> sheetEntry : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(sheetEntry.getKey());
                for (Map.Entry<Integer, TreeMap<Integer, Object>> rowEntry :
                        sheetEntry.getValue().entrySet()) {
                    Row row = sheet.createRow(rowEntry.getKey());
                    rowEntry.getValue().forEach((c, value) -> fill(row.createCell(c), value, dateStyle));
                }
                for (int hidden : hiddenRows.getOrDefault(sheetEntry.getKey(), List.of())) {
                    Row row = sheet.getRow(hidden) != null ? sheet.getRow(hidden) : sheet.createRow(hidden);
                    row.setZeroHeight(true);
                }
                for (CellRangeAddress range : merged.getOrDefault(sheetEntry.getKey(), List.of())) {
                    sheet.addMergedRegion(range);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static void fill(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof ErrorValue e) {
            cell.setCellErrorValue(e.error().getCode());
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.formula());
            if (f.cached() instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (f.cached() instanceof String s) {
                cell.setCellValue(s);
            }
        } else {
            throw new IllegalArgumentException("no cell for " + value);
        }
    }
}
