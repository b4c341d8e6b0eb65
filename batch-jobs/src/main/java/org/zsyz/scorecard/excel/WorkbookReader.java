package org.zsyz.scorecard.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Reads a workbook sheet by sheet, row by row. The format is decided by the file's content, not its name:
 * {@code .xlsx} is streamed by {@link XlsxReader}, with numbers read from the decimal text the file stores, at
 * Excel's 15 significant digits ({@link RawCell#number}); {@code .xls} (Excel 97–2003, at most 65,536 rows a
 * sheet) goes through HSSF in {@link XlsReader}; anything else is refused here with what it is.
 */
public final class WorkbookReader {

    private final ReadLimits limits;

    public WorkbookReader(ReadLimits limits) {
        this.limits = limits;
        limits.applyToPoi();
    }

    public void read(Path file, WorkbookVisitor visitor) throws UnreadableWorkbookException {
        long size;
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            size = Files.size(file);
            magic = size == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableWorkbookException("无法读取文件：" + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableWorkbookException("文件大小 " + bytes(size) + " 超过上限 " + bytes(limits.maxFileBytes())
                    + "，正常的报表远小于此，请删除与报表无关的内容（如图片）后重新提交");
        }
        switch (magic) {
            case OOXML -> new XlsxReader(limits).read(file, visitor);
            case OLE2 -> new XlsReader(limits).read(file, visitor);
            case PDF -> throw new UnreadableWorkbookException("文件是PDF文档，不是Excel工作簿，请提交 .xlsx 或 .xls 格式的报表");
            case UNKNOWN ->
                throw new UnreadableWorkbookException(
                        size == 0 ? "文件是空的（0字节）" : "文件不是Excel工作簿（无法识别的文件格式），请提交 .xlsx 或 .xls 格式的报表");
            default ->
                throw new UnreadableWorkbookException("文件不是Excel工作簿（识别为 " + magic + " 格式），请提交 .xlsx 或 .xls 格式的报表");
        }
    }

    static String bytes(long size) {
        if (size < 1024) {
            return size + " 字节";
        }
        long unit = size >= 1024 * 1024 ? 1024 * 1024 : 1024;
        return BigDecimal.valueOf(size)
                        .divide(BigDecimal.valueOf(unit), 1, java.math.RoundingMode.DOWN)
                        .stripTrailingZeros()
                        .toPlainString()
                + (unit == 1024 ? " KB" : " MB");
    }
}
