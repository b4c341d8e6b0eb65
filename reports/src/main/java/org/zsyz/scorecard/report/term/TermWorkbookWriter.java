package org.zsyz.scorecard.report.term;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zsyz.scorecard.report.ScorecardWorkbookWriter;

/**
 * Writes the term's xlsx: sheet 排名 (the bulletin's rows, with the group in front) and sheet 明细 (every unit's
 * term-end indicators). Cells hold the text as printed, so the sheet and the PDFs never disagree.
 */
public final class TermWorkbookWriter {

    /** @param publishedOn the publication date: the workbook's dates and its zip entries' times (reproducible) */
    public void write(
            TermBulletin bulletin,
            List<String> detailColumns,
            List<List<String>> details,
            LocalDate publishedOn,
            Path file) {
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
                        line.createCell(i + 1).setCellValue(row.get(i));
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
                    line.createCell(i).setCellValue(row.get(i));
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
}
