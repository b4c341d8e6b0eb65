package org.zsyz.scorecard.report.term;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zsyz.scorecard.report.ScorecardWorkbookWriter;

/**
 * Writes the term's xlsx: sheet 排名 (the bulletin's rows, with the group in front) and sheet 明细 (every unit's
 * term-end indicators). Cells show the text as printed, so the sheet and the PDFs never disagree; a printed number
 * (98.01, 3, 76.06%) is stored as a number shown with the same decimals, so that the bureau can sort and add up
 * (a code column — 单位代码 — stays text).
 */
public final class TermWorkbookWriter {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.(\\d+))?");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d+(\\.(\\d+))?)%");

    /** Cell styles by number format, one per workbook. */
    private final Map<String, CellStyle> formats = new HashMap<>();

    /** @param publishedOn the publication date: the workbook's dates and its zip entries' times (reproducible) */
    public void write(
            TermBulletin bulletin,
            List<String> detailColumns,
            List<List<String>> details,
            LocalDate publishedOn,
            Path file) {
        formats.clear();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet ranking = book.createSheet("排名");
            ranking.createRow(0).createCell(0).setCellValue(bulletin.title() + "（" + bulletin.stage() + "）");
            Row head = ranking.createRow(1);
            head.createCell(0).setCellValue("组别");
            for (int i = 0; i < bulletin.columns().size(); i++) {
                head.createCell(i + 1).setCellValue(bulletin.columns().get(i));
            }
            int r = 2;
            for (TermBulletin.Group g : bulletin.groups()) {
                for (List<String> row : g.rows()) {
                    Row line = ranking.createRow(r++);
                    line.createCell(0).setCellValue(g.name());
                    for (int i = 0; i < row.size(); i++) {
                        printed(
                                book,
                                line.createCell(i + 1),
                                row.get(i),
                                bulletin.columns().get(i));
                    }
                }
            }
            Sheet detail = book.createSheet("明细");
            Row dh = detail.createRow(0);
            for (int i = 0; i < detailColumns.size(); i++) {
                dh.createCell(i).setCellValue(detailColumns.get(i));
            }
            r = 1;
            for (List<String> row : details) {
                Row line = detail.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    printed(book, line.createCell(i), row.get(i), i < detailColumns.size() ? detailColumns.get(i) : "");
                }
            }
            Date date = Date.from(
                    publishedOn.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
            var core = book.getProperties().getCoreProperties();
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            Files.write(
                    file, ScorecardWorkbookWriter.withFixedEntryTimes(out.toByteArray(), publishedOn.atStartOfDay()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed text as a number with a format that prints it the same, or as text. */
    private void printed(Workbook book, Cell cell, String text, String header) {
        Matcher percent = text == null ? null : PERCENT.matcher(text);
        Matcher decimal = text == null ? null : DECIMAL.matcher(text);
        if (text == null || header.contains("代码") || header.contains("编号")) {
            cell.setCellValue(text);
        } else if (percent.matches()) {
            cell.setCellValue(new BigDecimal(percent.group(1)).movePointLeft(2).doubleValue());
            cell.setCellStyle(style(book, "0" + decimals(percent.group(3)) + "%"));
        } else if (decimal.matches()) {
            cell.setCellValue(new BigDecimal(text).doubleValue());
            cell.setCellStyle(style(book, "0" + decimals(decimal.group(2))));
        } else {
            cell.setCellValue(text);
        }
    }

    private static String decimals(String digits) {
        return digits == null ? "" : "." + "0".repeat(digits.length());
    }

    private CellStyle style(Workbook book, String format) {
        return formats.computeIfAbsent(format, f -> {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(f));
            return style;
        });
    }
}
