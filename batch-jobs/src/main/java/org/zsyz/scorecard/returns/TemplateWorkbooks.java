package org.zsyz.scorecard.returns;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the targets and the return template writers share: cell styles, header rows with notes, the 填报说明 sheet,
 * fixed document properties and saving (their validations are in {@link TemplateValidations}).
 *
 * <p>Both writers stream through {@link SXSSFWorkbook}: every helper here only touches rows it creates itself and
 * sheet-level parts (validations, comments, panes, widths), which SXSSF keeps in memory.
 */
public final class TemplateWorkbooks {

    static final String COMMENT_AUTHOR = "招商引资成绩单";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String MONEY_FORMAT = "0.00";
    static final String COUNT_FORMAT = "0";
    static final String TEXT_FORMAT = "@";

    private TemplateWorkbooks() {}

    /**
     * The styles a template uses; create once per workbook (Excel caps the number of styles). Header and label cells
     * are bold, filled and bordered; data styles carry only the number format, so they can double as column
     * default styles without drawing borders down a million rows.
     */
    public record Styles(
            CellStyle header,
            CellStyle label,
            CellStyle text,
            CellStyle date,
            CellStyle money,
            CellStyle count,
            CellStyle note) {}

    public static SXSSFWorkbook newStreamingWorkbook() {
        // Inline strings (no shared-strings table) keep memory flat however long the ledger is; the temporary
        // sheet files stay uncompressed (disk is cheaper than the CPU gzip costs on every row).
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, false);
        // POI's default (Always) writes zip64 data descriptors that java.util.zip.ZipInputStream rejects;
        // a template is far below 4 GB, so plain zip entries are the more compatible choice.
        wb.setZip64Mode(Zip64Mode.AsNeeded);
        return wb;
    }

    public static Styles styles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();

        Font bold = wb.createFont();
        bold.setBold(true);

        CellStyle header = bordered(wb);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        CellStyle label = bordered(wb);
        label.setFont(bold);
        label.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label.setVerticalAlignment(VerticalAlignment.CENTER);

        CellStyle text = wb.createCellStyle();
        text.setDataFormat(formats.getFormat(TEXT_FORMAT));

        CellStyle date = wb.createCellStyle();
        date.setDataFormat(formats.getFormat(DATE_FORMAT));

        CellStyle money = wb.createCellStyle();
        money.setDataFormat(formats.getFormat(MONEY_FORMAT));

        CellStyle count = wb.createCellStyle();
        count.setDataFormat(formats.getFormat(COUNT_FORMAT));

        CellStyle note = wb.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        return new Styles(header, label, text, date, money, count, note);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** One template column: header text, its note (cell comment), width in characters and data style. */
    public record Column(String header, String note, int widthChars, CellStyle style) {}

    /**
     * Writes row 0 as a styled header with a note on every cell, freezes it, sets the column widths and the default
     * style of each column (so rows typed in later get the right number format).
     */
    public static void headerRow(Sheet sheet, List<Column> columns, Styles styles) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            note(sheet, drawing, cell, column.note());
            sheet.setColumnWidth(c, column.widthChars() * 256);
            if (column.style() != null) {
                sheet.setDefaultColumnStyle(c, column.style());
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** Column A of a label/value sheet: the styled label with its note; the caller fills column B. */
    public static Cell labelCell(Sheet sheet, Drawing<?> drawing, Row row, String label, String note, Styles styles) {
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.label());
        note(sheet, drawing, cell, note);
        return cell;
    }

    public static void note(Sheet sheet, Drawing<?> drawing, Cell cell, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        comment.setAuthor(COMMENT_AUTHOR);
        // The drawing places a new comment on the anchor's top-left cell; SXSSF does not move it to the cell.
        comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
        cell.setCellComment(comment);
    }

    /**
     * Adds the last sheet, 填报说明: first {@code 模板版本 | marker} (label in A, value in B) so a reader can check which
     * template revision it reads, then any further {@code label | value} facts, a blank row, and the numbered
     * instructions in column B.
     */
    public static void instructionsSheet(
            Workbook wb,
            String sheetName,
            String versionLabel,
            String versionMarker,
            List<Map.Entry<String, String>> facts,
            String title,
            List<String> instructions,
            Styles styles) {
        Sheet sheet = wb.createSheet(sheetName);
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 96 * 256);

        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(Map.entry(versionLabel, versionMarker));
        rows.addAll(facts);
        int r = 0;
        for (Map.Entry<String, String> fact : rows) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(fact.getKey());
            label.setCellStyle(styles.label());
            Cell value = row.createCell(1);
            value.setCellValue(fact.getValue());
            value.setCellStyle(styles.text());
        }

        Row heading = sheet.createRow(++r);
        Cell headingNo = heading.createCell(0);
        headingNo.setCellValue("序号");
        headingNo.setCellStyle(styles.header());
        Cell headingCell = heading.createCell(1);
        headingCell.setCellValue(title);
        headingCell.setCellStyle(styles.header());

        for (int i = 0; i < instructions.size(); i++) {
            Row row = sheet.createRow(++r);
            row.createCell(0).setCellValue(i + 1);
            Cell text = row.createCell(1);
            text.setCellValue(instructions.get(i));
            text.setCellStyle(styles.note());
        }
    }

    /**
     * Fixes the document properties. With a timestamp, the created/modified dates are set to it and every zip entry
     * gets a fixed time, so the same content gives the same bytes (for reproducible sample data).
     */
    public static void properties(SXSSFWorkbook wb, String title, Optional<Instant> timestamp) {
        XSSFWorkbook xssf = wb.getXSSFWorkbook();
        var core = xssf.getProperties().getCoreProperties();
        core.setCreator(COMMENT_AUTHOR);
        core.setTitle(title);
        timestamp.ifPresent(t -> {
            core.setCreated(Optional.of(Date.from(t)));
            core.setModified(Optional.of(Date.from(t)));
        });
    }

    /**
     * Writes the workbook; with a timestamp every zip entry gets a fixed time. POI's switch for that is one JVM-wide
     * flag that this method sets and restores: writers running concurrently with timestamps should sit inside one
     * outer {@link Reproducibility#runWithSourceDateEpoch} (as the sample generator does), or a file may get the
     * current time in its zip entries (still a valid workbook, just not byte-reproducible).
     */
    public static void save(SXSSFWorkbook wb, OutputStream out, Optional<Instant> timestamp) throws IOException {
        if (timestamp.isPresent()) {
            // POI's switch for fixed zip entry times (SOURCE_DATE_EPOCH semantics); it restores the old value after.
            Reproducibility.runWithSourceDateEpoch(() -> wb.write(out));
        } else {
            wb.write(out);
        }
    }

    /**
     * Releases a written (or failed) workbook: deletes its temporary sheet files and drops the in-memory package.
     * Used instead of {@code close()}, which for a new workbook serialises the whole package once more into a
     * buffer nobody reads (about a tenth of the time of writing a small return).
     */
    public static void discard(SXSSFWorkbook wb) {
        wb.dispose();
        wb.getXSSFWorkbook().getPackage().revert();
    }

    /** Writes one workbook to an output stream. */
    @FunctionalInterface
    public interface WorkbookBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} through a hidden {@code .part} sibling and renames it into place, so a watcher of the
     * folder (the importer's inbox) never sees a half-written workbook. Parent folders are created.
     */
    public static void writeAtomically(Path file, WorkbookBody body) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
