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
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
            ErrorListSheet.add(workbook, issues, errorCount, note);
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
            CellMarks.removeOwnComments(sheet);
        }
        Map<String, List<ImportIssue>> byCell = new LinkedHashMap<>();
        Map<String, Sheet> sheetOfCell = new HashMap<>();
        for (ImportIssue issue : issues) {
            Sheet sheet = issue.sheet() == null ? null : sheetsByKey.get(CellText.key(issue.sheet()));
            if (sheet == null
                    || issue.cell() == null
                    || !ErrorListSheet.A1.matcher(issue.cell()).matches()) {
                continue;
            }
            String key = sheet.getSheetName() + "!" + issue.cell();
            byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(issue);
            sheetOfCell.put(key, sheet);
        }
        CellMarks marks = new CellMarks(workbook);
        byCell.forEach((key, cellIssues) -> marks.mark(
                sheetOfCell.get(key), new CellReference(key.substring(key.lastIndexOf('!') + 1)), cellIssues));
        int errorsNotMarked = (int) issues.stream()
                .filter(ImportIssue::isError)
                .filter(i ->
                        i.cell() == null || !ErrorListSheet.A1.matcher(i.cell()).matches())
                .count();
        String note = "共发现 " + errorCount + " 处错误。出错的单元格已标红并加批注（提示为黄色）"
                + (errorsNotMarked > 0 ? "；" + errorsNotMarked + " 处涉及整张表或整行，只在本清单中列出" : "")
                + "。请在各工作表中逐一修改后重新报送（本工作表可以不删）。";
        ErrorListSheet.add(workbook, issues, errorCount, note);
    }
}
