package org.zsyz.scorecard.report.term;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the term's xlsx: sheet 排名 (the bulletin's rows, with the group in front) and sheet 明细 (every unit's
 * term-end indicators). Cells hold the text as printed, so the sheet and the PDFs never disagree.
 */
public final class TermWorkbookWriter {

    public void write(TermBulletin bulletin, List<String> detailColumns, List<List<String>> details, Path file) {
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
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
