package org.zsyz.scorecard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;

/** The sample city for the portal tests: where each starts, the unit's own good file, and one with a known error. */
final class PortalFixtures {

    /** The portal tests' today: 2025-10-03, before the deadline of 2025-09's returns. */
    @TestConfiguration
    static class ThirdOfOctober {
        @Bean
        @Primary
        Clock thirdOfOctober() {
            return Clock.fixed(Instant.parse("2025-10-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    static final String OWN = "419921"; // 东川县
    static final String OTHER = "419922"; // 河阳县

    private PortalFixtures() {}

    /** Where every portal test starts: an empty database, no stored uploads, the sample city's 2025 targets. */
    static void freshSampleCity(DataSource dataSource, ScorecardOperations operations, Path home) throws Exception {
        DatabaseCleaner.clean(dataSource);
        PortalControllerTests.deleteTree(home.resolve("uploads"));
        operations.importTargets(SampleMonth.prepare(home), SampleMonth.YEAR);
    }

    static Path sampleReturn(Path home, String unit) {
        return home.resolve("inbox").resolve(SampleMonth.PERIOD.toString()).resolve(unit + ".xlsx");
    }

    static byte[] good(Path home, String unit) throws IOException {
        return Files.readAllBytes(sampleReturn(home, unit));
    }

    /** The unit's return with 合同投资额 of the first ledger row written as 两亿 (text): one error in that cell. */
    static byte[] withWordsForAmount(Path home, String unit) throws IOException {
        try (InputStream in = Files.newInputStream(sampleReturn(home, unit));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet ledger = workbook.getSheet("项目台账");
            Row header = ledger.getRow(0);
            int column = -1;
            for (Cell cell : header) {
                if (cell.getStringCellValue().startsWith("合同投资额")) {
                    column = cell.getColumnIndex();
                }
            }
            if (column < 0) {
                throw new IllegalStateException("no 合同投资额 column in the sample return");
            }
            Row first = ledger.getRow(1);
            Cell amount = first.getCell(column) == null ? first.createCell(column) : first.getCell(column);
            amount.setCellValue("两亿");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The sample targets workbook with one target cleared: another file, as good. */
    static byte[] withTargetRemoved(Path home) throws IOException {
        try (InputStream in = Files.newInputStream(home.resolve("targets-2025.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheet("年度目标").getRow(1);
            row.removeCell(row.getCell(row.getLastCellNum() - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The A1 reference of the cell {@link #withWordsForAmount} spoils. */
    static String spoiledCell(Path home, String unit) throws IOException {
        try (InputStream in = Files.newInputStream(sampleReturn(home, unit));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row header = workbook.getSheet("项目台账").getRow(0);
            for (Cell cell : header) {
                if (cell.getStringCellValue().startsWith("合同投资额")) {
                    return org.apache.poi.ss.util.CellReference.convertNumToColString(cell.getColumnIndex()) + "2";
                }
            }
            throw new IllegalStateException("no 合同投资额 column");
        }
    }
}
