package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.excel.ImportIssue;

class ErrorWorkbookWriterTests {

    @TempDir
    Path dir;

    final ErrorWorkbookWriter writer = new ErrorWorkbookWriter();

    static ImportIssue error(String cell, String message) {
        return new ImportIssue(ImportIssue.Severity.ERROR, "项目台账", cell, "合同投资额", "两亿", message);
    }

    @Test
    void aWorkbookTooLargeToMarkUpGetsTheListAloneAndSaysSo() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        rows.add(ReturnTemplate.ledgerHeaders().toArray());
        for (int i = 0; i < 150_000; i++) {
            rows.add(new Object[] {"XM-" + i, "项目名称" + i, "投资方" + i, "省外", "工业", "已签约", "2024-01-10", i % 7});
        }
        Path big = RawXlsx.returnWith(RawXlsx.rows(rows)).write(dir.resolve("410711.xlsx"));
        assertThat(Files.size(big)).isGreaterThan(ErrorWorkbookWriter.MARK_UP_MAX_XLSX_BYTES);

        var written = writer.write(big, dir, "410711", List.of(error("H9", "不是数字")), 1);

        assertThat(written.markedUp()).isFalse();
        assertThat(written.file()).isEqualTo(dir.resolve("410711-错误清单.xlsx"));
        try (XSSFWorkbook list = WorkbookProbe.open(written.file())) {
            Sheet sheet = list.getSheet(ErrorWorkbookWriter.ERROR_SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("文件较大（")
                    .endsWith("KB），未在原表上逐格标注，请按下表逐条修改后重新报送。");
            assertThat(WorkbookProbe.rowTexts(sheet, 3)).containsExactly("错误", "项目台账", "H9", "合同投资额", "两亿", "不是数字");
        }
    }

    @Test
    void aSmallFileThatUnpacksHugeIsNotHeldInMemory() throws Exception {
        Path dense = RawXlsx.returnWith(out -> {
                    out.write(RawXlsx.SHEET_START);
                    String header = String.join("", ReturnTemplate.ledgerHeaders());
                    for (int r = 1; r <= 40_000; r++) {
                        out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + header.repeat(10)
                                + "</t></is></c></row>");
                    }
                    out.write(RawXlsx.SHEET_END);
                })
                .level(9)
                .write(dir.resolve("410711.xlsx"));
        assertThat(Files.size(dense)).isLessThan(ErrorWorkbookWriter.MARK_UP_MAX_XLSX_BYTES);

        var written = writer.write(dense, dir, "410711", List.of(error("H9", "不是数字")), 1);

        assertThat(written.markedUp()).isFalse();
        try (XSSFWorkbook list = WorkbookProbe.open(written.file())) {
            assertThat(list.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .endsWith("，解压后超过 48 MB），未在原表上逐格标注，请按下表逐条修改后重新报送。");
        }
    }

    @Test
    void moreErrorsThanKeptAreCountedOnTheList() throws Exception {
        Path file = TestWorkbook.goodReturn().write(dir.resolve("410711.xlsx"), TestWorkbook.Format.XLSX);

        var written = writer.write(file, dir, "410711", List.of(error("H2", "不是数字"), error("H3", "不是数字")), 5000);

        try (XSSFWorkbook marked = WorkbookProbe.open(written.file())) {
            Sheet list = marked.getSheet(ErrorWorkbookWriter.ERROR_SHEET);
            assertThat(list.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("错误太多，只列出前 2 处（共 5000 处），改正后重新报送会列出其余的。");
            assertThat(WorkbookProbe.rowTexts(list, 4)).contains("H2");
        }
    }
}
