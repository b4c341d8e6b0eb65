package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.IssueList;

/**
 * Writes what a unit gets back for a rejected workbook (docs/returns-and-targets.md, Error workbooks): its own
 * workbook with every bad cell filled red (a warning's cell yellow) and commented with the reason, plus a sheet
 * 错误清单 listing every issue (level, sheet, cell, field, value, reason), each cell reference a link to the cell.
 *
 * <p>Marking up needs the workbook in memory, so it is done only for files up to {@link #MARK_UP_MAX_XLSX_BYTES}
 * (.xlsx) or {@link #MARK_UP_MAX_XLS_BYTES} (.xls); a larger file, or one that cannot be opened at all (not a
 * workbook, encrypted, over a safety limit), gets a workbook with the 错误清单 sheet alone, whose first line says
 * why. Files are written through a temporary file and renamed, so a crash never leaves half a workbook.
 */
@Component
public class ErrorWorkbookWriter {

    private static final Logger log = LoggerFactory.getLogger(ErrorWorkbookWriter.class);

    public static final String ERROR_SHEET = "错误清单";
    /** Some 100,000 plain ledger rows: the largest .xlsx marked up in memory (see also the unpacked limit). */
    public static final long MARK_UP_MAX_XLSX_BYTES = 4L * 1024 * 1024;

    public static final long MARK_UP_MAX_XLS_BYTES = 12L * 1024 * 1024;
    /**
     * An .xlsx is also measured unpacked before POI's user model holds it: a small file may expand a hundredfold
     * within the reading limits, and the user model needs many times the XML's size in memory.
     */
    public static final long MARK_UP_MAX_UNPACKED_BYTES = 48L * 1024 * 1024;
    /** Comments the checker writes carry this author, so a re-marked resubmission loses the old ones. */
    static final String COMMENT_AUTHOR = "报表校验";

    static final List<String> TITLES = List.of("级别", "工作表", "单元格", "字段", "填写的值", "原因");
    private static final Pattern A1 = Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");

    /** What was written: the file, and whether it is the unit's own workbook marked up or the list alone. */
    public record ErrorWorkbook(Path file, boolean markedUp) {}

    /** Writes {@code <stem>-错误清单.xlsx} (or .xls for an .xls workbook) into {@code folder}, replacing one there. */
    public ErrorWorkbook write(Path source, Path folder, String stem, IssueList issues) throws IOException {
        return write(source, folder, stem, issues.all(), issues.errorCount());
    }

    /**
     * @param source     the rejected file, as received
     * @param folder     where the error workbook goes (created if missing)
     * @param stem       its name without extension; "-错误清单" and the extension are appended
     * @param errorCount every error found, even beyond those kept in {@code issues}
     */
    public ErrorWorkbook write(Path source, Path folder, String stem, List<ImportIssue> issues, int errorCount)
            throws IOException {
        Files.createDirectories(folder);
        FileMagic magic = magic(source);
        long size = Files.size(source);
        String note = null;
        // A file the reader could not open at all (its one issue names no sheet) is not opened again here.
        boolean readable = issues.stream().allMatch(i -> i.sheet() != null);
        if (readable
                && (magic == FileMagic.OOXML
                                && size <= MARK_UP_MAX_XLSX_BYTES
                                && unpackedWithin(source, MARK_UP_MAX_UNPACKED_BYTES)
                        || magic == FileMagic.OLE2 && size <= MARK_UP_MAX_XLS_BYTES)) {
            try (Workbook workbook = open(source, magic)) {
                if (workbook != null) {
                    markUp(workbook, issues, errorCount);
                    Path target =
                            folder.resolve(stem + "-" + ERROR_SHEET + (magic == FileMagic.OLE2 ? ".xls" : ".xlsx"));
                    TemplateWorkbooks.writeAtomically(target, workbook::write);
                    return new ErrorWorkbook(target, true);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot mark up {} ({}); writing the error list alone", source.getFileName(), e.toString());
                note = "原文件无法在原表上逐格标注，请按下表逐条修改后重新报送。";
            }
        } else if (readable && (magic == FileMagic.OOXML || magic == FileMagic.OLE2)) {
            note = "文件较大（" + size / 1024 + " KB"
                    + (size <= MARK_UP_MAX_XLSX_BYTES
                            ? "，解压后超过 " + MARK_UP_MAX_UNPACKED_BYTES / (1024 * 1024) + " MB"
                            : "")
                    + "），未在原表上逐格标注，请按下表逐条修改后重新报送。";
        }
        if (note == null) {
            note = "文件无法作为Excel工作簿读取，请按下表修改后重新报送。";
        }
        Path target = folder.resolve(stem + "-" + ERROR_SHEET + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            listSheet(workbook, issues, errorCount, note);
            TemplateWorkbooks.writeAtomically(target, workbook::write);
        }
        return new ErrorWorkbook(target, false);
    }

    /** Whether the package's parts really unpack to no more than {@code limit} bytes (declared sizes may lie). */
    static boolean unpackedWithin(Path file, long limit) {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > limit) {
                            return false;
                        }
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileMagic magic(Path file) throws IOException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return Files.size(file) == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(in);
        }
    }

    /** The workbook in memory, or {@code null} for an OLE2 file that is not an unencrypted .xls. */
    private static Workbook open(Path file, FileMagic magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (magic == FileMagic.OOXML) {
                return new XSSFWorkbook(in);
            }
            POIFSFileSystem fs = new POIFSFileSystem(in);
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")) {
                fs.close();
                return null;
            }
            return new HSSFWorkbook(fs.getRoot(), false);
        }
    }

    private void markUp(Workbook workbook, List<ImportIssue> issues, int errorCount) {
        int old = workbook.getSheetIndex(ERROR_SHEET);
        if (old >= 0) {
            workbook.removeSheetAt(old); // a resubmitted error workbook: the old list goes
        }
        Map<String, Sheet> sheetsByKey = new HashMap<>();
        for (Sheet sheet : workbook) {
            sheetsByKey.putIfAbsent(CellText.key(sheet.getSheetName()), sheet);
            removeOwnComments(sheet);
        }
        Map<String, List<ImportIssue>> byCell = new LinkedHashMap<>();
        Map<String, Sheet> sheetOfCell = new HashMap<>();
        for (ImportIssue issue : issues) {
            Sheet sheet = issue.sheet() == null ? null : sheetsByKey.get(CellText.key(issue.sheet()));
            if (sheet == null
                    || issue.cell() == null
                    || !A1.matcher(issue.cell()).matches()) {
                continue;
            }
            String key = sheet.getSheetName() + "!" + issue.cell();
            byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(issue);
            sheetOfCell.put(key, sheet);
        }
        Marks marks = new Marks(workbook);
        byCell.forEach((key, cellIssues) -> marks.mark(
                sheetOfCell.get(key), new CellReference(key.substring(key.lastIndexOf('!') + 1)), cellIssues));
        int errorsNotMarked = (int) issues.stream()
                .filter(ImportIssue::isError)
                .filter(i -> i.cell() == null || !A1.matcher(i.cell()).matches())
                .count();
        String note = "共发现 " + errorCount + " 处错误。出错的单元格已标红并加批注（提示为黄色）"
                + (errorsNotMarked > 0 ? "；" + errorsNotMarked + " 处涉及整张表或整行，只在本清单中列出" : "")
                + "。请在各工作表中逐一修改后重新报送（本工作表可以不删）。";
        listSheet(workbook, issues, errorCount, note);
    }

    private static void removeOwnComments(Sheet sheet) {
        List<CellAddress> own = new ArrayList<>();
        sheet.getCellComments().forEach((address, comment) -> {
            if (COMMENT_AUTHOR.equals(comment.getAuthor())) {
                own.add(address);
            }
        });
        for (CellAddress address : own) {
            Row row = sheet.getRow(address.getRow());
            Cell cell = row == null ? null : row.getCell(address.getColumn());
            if (cell != null) {
                cell.removeCellComment();
            }
        }
    }

    /** Red or yellow copies of the cells' styles, made once per original style. */
    private static final class Marks {

        final Workbook workbook;
        final CreationHelper helper;
        final Map<String, CellStyle> styles = new HashMap<>();
        final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

        Marks(Workbook workbook) {
            this.workbook = workbook;
            this.helper = workbook.getCreationHelper();
        }

        void mark(Sheet sheet, CellReference ref, List<ImportIssue> issues) {
            Row row = sheet.getRow(ref.getRow());
            if (row == null) {
                row = sheet.createRow(ref.getRow());
            }
            Cell cell = row.getCell(ref.getCol());
            if (cell == null) {
                cell = row.createCell(ref.getCol());
            }
            boolean error = issues.stream().anyMatch(ImportIssue::isError);
            CellStyle original = cell.getCellStyle();
            String key = original.getIndex() + (error ? "E" : "W");
            cell.setCellStyle(styles.computeIfAbsent(key, k -> {
                CellStyle marked = workbook.createCellStyle();
                marked.cloneStyleFrom(original);
                marked.setFillForegroundColor(error ? IndexedColors.RED.getIndex() : IndexedColors.YELLOW.getIndex());
                marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return marked;
            }));
            StringBuilder text = new StringBuilder();
            for (ImportIssue issue : issues) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append('【').append(issue.severity().label()).append('】');
                if (issue.field() != null) {
                    text.append(issue.field()).append('：');
                }
                text.append(issue.message());
            }
            if (cell.getCellComment() != null) {
                cell.removeCellComment();
            }
            Drawing<?> drawing = drawings.computeIfAbsent(sheet, s -> {
                Drawing<?> existing = s.getDrawingPatriarch();
                return existing != null ? existing : s.createDrawingPatriarch();
            });
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 5);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 3 + issues.size());
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(text.toString()));
            comment.setAuthor(COMMENT_AUTHOR);
            comment.setAddress(ref.getRow(), ref.getCol());
            cell.setCellComment(comment);
        }
    }

    /** The 错误清单 sheet, last in the workbook and the one shown on opening. */
    private static void listSheet(Workbook workbook, List<ImportIssue> issues, int errorCount, String note) {
        Sheet sheet = workbook.createSheet(ERROR_SHEET);
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
                Hyperlink hyperlink = helper.createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
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
