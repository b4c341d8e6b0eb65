package org.zsyz.scorecard.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** An OLE2 file: an {@code .xls} (Excel 97–2003) read through HSSF, or an encrypted {@code .xlsx}, refused. */
final class XlsReader {

    private final ReadLimits limits;

    XlsReader(ReadLimits limits) {
        this.limits = limits;
    }

    void read(Path file, WorkbookVisitor visitor) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableWorkbookException("工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交");
            }
            if (!fs.getRoot().hasEntry("Workbook")
                    && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw new UnreadableWorkbookException("文件是Office文档但不是Excel工作簿（例如Word文档），请提交Excel报表");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                readUserModel(workbook, visitor);
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交", e);
        } catch (VisitorCalls.TooManyRowsException e) {
            throw new UnreadableWorkbookException(e.getMessage(), e);
        } catch (org.apache.poi.hssf.OldExcelFormatException e) {
            throw new UnreadableWorkbookException("文件是Excel 95或更早的格式，无法读取，请另存为 .xlsx 后重新提交", e);
        } catch (IOException | RuntimeException e) {
            VisitorCalls.rethrowVisitorFailure(e);
            throw new UnreadableWorkbookException("文件已损坏，无法作为 .xls 工作簿读取，请用Excel或WPS打开确认后另存为 .xlsx 提交", e);
        }
    }

    private void readUserModel(Workbook workbook, WorkbookVisitor visitor) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add(sheet.getSheetName());
        }
        VisitorCalls.guard(() -> visitor.sheetNames(List.copyOf(names)));
        for (Sheet sheet : workbook) {
            SheetVisitor sheetVisitor = VisitorCalls.guard(() -> visitor.sheet(sheet.getSheetName()));
            if (sheetVisitor == null) {
                continue;
            }
            if (sheet.getPhysicalNumberOfRows() > limits.maxRowsPerSheet()) {
                throw new VisitorCalls.TooManyRowsException(sheet.getSheetName(), limits);
            }
            for (Row row : sheet) {
                List<RawCell> cells = new ArrayList<>();
                for (Cell cell : row) {
                    RawCell raw = toCell(cell);
                    if (raw != null) {
                        cells.add(raw);
                    }
                }
                if (!cells.isEmpty()) {
                    SheetRow sheetRow = new SheetRow(row.getRowNum(), row.getZeroHeight(), List.copyOf(cells));
                    VisitorCalls.guard(() -> sheetVisitor.row(sheetRow));
                }
            }
            VisitorCalls.guard(sheetVisitor::end);
        }
    }

    private static RawCell toCell(Cell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                // HSSF keeps numbers as doubles; RawCell.number takes their decimal to the 15 digits Excel shows.
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
                yield DateUtil.isCellDateFormatted(cell)
                        ? RawCell.date(column, number, cell.getLocalDateTimeCellValue())
                        : RawCell.number(column, number);
            }
            case STRING -> RawCell.text(column, cell.getStringCellValue());
            case BOOLEAN ->
                new RawCell(column, RawCell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null, null);
            case ERROR -> new RawCell(column, RawCell.Kind.ERROR, errorText(cell), null, null);
            default -> null;
        };
    }

    private static String errorText(Cell cell) {
        try {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue())
                    .getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }
}
