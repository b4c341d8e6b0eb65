package org.zsyz.scorecard.report.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The term's xlsx: printed numbers are numbers the bureau can sort and add up, shown exactly as printed. */
class TermWorkbookWriterTest {

    @TempDir
    Path dir;

    @Test
    void printedNumbersAreNumbersShownAsPrintedAndCodesAndWordsStayText() throws Exception {
        TermBulletin bulletin = new TermBulletin(
                "2025年度招商引资考核结果",
                "公示稿",
                "示例市商务局",
                "2026年1月15日",
                "",
                "默认考核办法",
                List.of("排名", "单位", "完成率", "总分", "等次"),
                List.of(new TermBulletin.Group(
                        "县市区",
                        List.of(
                                List.of("1", "安平市", "114.82%", "101.14", "优秀"),
                                List.of("2", "东川县", "76.06%", "56.94", "不合格"),
                                List.of("—", "南浦县", "—", "—", "—")))),
                List.of());
        Path file = dir.resolve("年度考核结果-2025.xlsx");

        new TermWorkbookWriter()
                .write(
                        bulletin,
                        List.of("单位代码", "单位", "平时", "年终"),
                        List.of(List.of("019921", "东川县", "97.24", "77.3")),
                        LocalDate.of(2026, 1, 15),
                        file);

        DataFormatter shown = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row first = book.getSheet("排名").getRow(2);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1.1482);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(101.14);
            assertThat(List.of(1, 2, 3, 4, 5).stream().map(i -> shown.formatCellValue(first.getCell(i))))
                    .containsExactly("1", "安平市", "114.82%", "101.14", "优秀");
            Row missing = book.getSheet("排名").getRow(4);
            assertThat(missing.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(missing.getCell(1).getStringCellValue()).isEqualTo("—");

            Row detail = book.getSheet("明细").getRow(1);
            assertThat(detail.getCell(0).getCellType())
                    .as("a code keeps its leading zero")
                    .isEqualTo(CellType.STRING);
            assertThat(detail.getCell(0).getStringCellValue()).isEqualTo("019921");
            assertThat(detail.getCell(3).getNumericCellValue()).isEqualTo(77.3);
            assertThat(shown.formatCellValue(detail.getCell(3))).isEqualTo("77.3");
        }
    }
}
