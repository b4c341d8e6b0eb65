package org.zsyz.scorecard.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.zsyz.scorecard.excel.ImportIssue;

/**
 * Marks the bad cells of a rejected workbook: red (an error) or yellow (a warning only) copies of the cells'
 * styles, made once per original style, and a comment by {@link ErrorWorkbookWriter#COMMENT_AUTHOR} with the
 * reasons; the checker's comments from an earlier round are removed first.
 */
final class CellMarks {

    private final Workbook workbook;
    final CreationHelper helper;
    final Map<String, CellStyle> styles = new HashMap<>();
    final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

    CellMarks(Workbook workbook) {
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
        comment.setAuthor(ErrorWorkbookWriter.COMMENT_AUTHOR);
        comment.setAddress(ref.getRow(), ref.getCol());
        cell.setCellComment(comment);
    }

    static void removeOwnComments(Sheet sheet) {
        List<CellAddress> own = new ArrayList<>();
        sheet.getCellComments().forEach((address, comment) -> {
            if (ErrorWorkbookWriter.COMMENT_AUTHOR.equals(comment.getAuthor())) {
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
}
