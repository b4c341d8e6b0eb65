package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.returns.WorkbookProbe.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.store.project.Industries;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

class ReturnWorkbookWriterTest {

    @TempDir
    Path dir;

    private static final LedgerRow FOREIGN_STARTED = new LedgerRow(
            "419971-2024-003",
            "新能源电池材料项目",
            "新加坡恒达投资有限公司",
            InvestorSource.FOREIGN,
            "工业",
            ProjectStatus.STARTED,
            LocalDate.of(2024, 11, 28),
            new BigDecimal("12.50"),
            LocalDate.of(2025, 2, 17),
            new BigDecimal("3.2568"),
            new BigDecimal("0.0000"),
            new BigDecimal("1234.56"),
            true,
            true,
            "设备进场");
    private static final LedgerRow DOMESTIC_SIGNED = new LedgerRow(
            "419971-2025-001",
            "冷链物流园项目",
            "深圳市华创物流有限公司",
            InvestorSource.OUT_OF_PROVINCE,
            "商贸物流",
            ProjectStatus.SIGNED,
            LocalDate.of(2025, 3, 18),
            new BigDecimal("0.80"),
            null,
            new BigDecimal("0.1200"),
            new BigDecimal("0.1200"),
            null,
            false,
            null,
            null);
    private static final LedgerRow NEGOTIATING = new LedgerRow(
            "419971-2025-002",
            "康养小镇项目",
            "郑州康泰置业有限公司",
            InvestorSource.OTHER_CITY_IN_PROVINCE,
            "文旅康养",
            ProjectStatus.NEGOTIATING,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    private static final ReturnWorkbook RETURN = new ReturnWorkbook(
            new ReturnCover("419971", "示例经济技术开发区", YearMonth.of(2025, 9), "李静", "0399-6123456"),
            List.of(FOREIGN_STARTED, DOMESTIC_SIGNED, NEGOTIATING),
            new ReturnActivity(27, 6, 118, 64));

    @Test
    void writesTheSpecLayoutWithCoverActivityAndVersionMarker() throws IOException {
        Path file = dir.resolve("nested/419971.xlsx");
        new ReturnWorkbookWriter().write(ReturnWorkbook.blank("x", "y", YearMonth.of(2025, 1)), file);
        new ReturnWorkbookWriter().write(RETURN, file); // replaces the file in place
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .as("no .part file left behind")
                    .containsExactly("419971.xlsx");
        }

        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("封面", "项目台账", "工作指标", "填报说明");

            XSSFSheet cover = wb.getSheet(ReturnTemplate.COVER_SHEET);
            assertThat(columnTexts(cover, 0, 0, 4)).isEqualTo(ReturnTemplate.coverLabels());
            assertThat(columnTexts(cover, 1, 0, 4))
                    .containsExactly("419971", "示例经济技术开发区", "2025-09", "李静", "0399-6123456");
            for (int r = 0; r < 5; r++) {
                assertThat(note(cover, r, 0)).isNotBlank();
                assertThat(cover.getRow(r).getCell(1).getCellStyle().getDataFormatString())
                        .isEqualTo("@");
            }

            XSSFSheet activity = wb.getSheet(ReturnTemplate.ACTIVITY_SHEET);
            assertThat(columnTexts(activity, 0, 0, 3)).isEqualTo(ReturnTemplate.activityLabels());
            assertThat(List.of(0, 1, 2, 3))
                    .map(r -> activity.getRow(r).getCell(1).getNumericCellValue())
                    .containsExactly(27.0, 6.0, 118.0, 64.0);
            assertThat(activity.getRow(0).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("0");
            assertThat(note(activity, 0, 0)).contains("外出招商");
            Map<Integer, DataValidation> activityRules = validationsByColumn(activity);
            assertThat(activityRules.get(1).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.INTEGER);
            assertThat(range(activityRules.get(1)).formatAsString()).isEqualTo("B1:B4");

            XSSFSheet instructions = wb.getSheet(ReturnTemplate.INSTRUCTIONS_SHEET);
            assertThat(wb.getSheetIndex(instructions)).isEqualTo(wb.getNumberOfSheets() - 1);
            assertThat(instructions.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(ReturnTemplate.TEMPLATE_VERSION);
            assertThat(instructions.getRow(0).getCell(1).getStringCellValue()).isEqualTo(ReturnTemplate.VERSION_MARKER);
            assertThat(instructions.getLastRowNum()).isGreaterThan(8);
        }
    }

    @Test
    void ledgerHasFrozenNotedHeadersAndDropDownsOverDataAndSpareRows() throws IOException {
        Path file = dir.resolve("r.xlsx");
        List<String> industries = List.of("先进制造业", "数字经济", "其他");
        new ReturnWorkbookWriter(industries).write(RETURN, file);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet ledger = wb.getSheet(ReturnTemplate.LEDGER_SHEET);
            assertThat(rowTexts(ledger, 0)).isEqualTo(ReturnTemplate.ledgerHeaders());
            assertThat(rowTexts(ledger, 0)).contains("合同投资额(亿元)", "本年到位外资(万美元)");
            assertStyledFrozenHeader(ledger, 15);
            assertThat(note(ledger, 0, 6)).contains("已签约及以后状态").contains("必填");
            assertThat(note(ledger, 0, 8)).contains("不得早于签约日期");
            assertThat(note(ledger, 0, 11)).contains("境外");

            Map<Integer, DataValidation> rules = validationsByColumn(ledger);
            assertThat(listValues(rules.get(3))).isEqualTo(InvestorSource.labels());
            assertThat(listValues(rules.get(4))).isEqualTo(industries);
            assertThat(listValues(rules.get(5))).isEqualTo(ProjectStatus.labels());
            assertThat(listValues(rules.get(12))).containsExactly("是", "否");
            assertThat(listValues(rules.get(13))).containsExactly("是", "否");
            for (int c : List.of(3, 4, 5, 12, 13)) {
                assertThat(rules.get(c).getSuppressDropDownArrow())
                        .as("arrow shown on column " + c)
                        .isTrue();
                assertThat(rules.get(c).getShowErrorBox()).isTrue();
                assertThat(rules.get(c).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            }
            assertThat(rules.get(6).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
            assertThat(rules.get(8).getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
            for (int c : List.of(7, 9, 10, 11)) {
                assertThat(rules.get(c).getValidationConstraint().getValidationType())
                        .isEqualTo(ValidationType.DECIMAL);
            }
            // three data rows (1..3) plus 1000 spare rows
            assertThat(range(rules.get(3)).getFirstRow()).isEqualTo(1);
            assertThat(range(rules.get(3)).getLastRow()).isEqualTo(1003);
            assertThat(rules).doesNotContainKeys(0, 1, 2, 14);
        }
        String sheetXml = zipEntry(file, "xl/worksheets/sheet2.xml");
        assertThat(sheetXml).doesNotContain("showDropDown=\"1\"").doesNotContain("showDropDown=\"true\"");
    }

    @Test
    void ledgerValuesRoundTripWithTheirTypesAndFormats() throws IOException {
        Path file = dir.resolve("r.xlsx");
        new ReturnWorkbookWriter().write(RETURN, file);

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet ledger = wb.getSheet(ReturnTemplate.LEDGER_SHEET);
            assertThat(ledger.getLastRowNum()).isEqualTo(3);

            Row foreign = ledger.getRow(1);
            assertThat(foreign.getCell(0).getStringCellValue()).isEqualTo("419971-2024-003");
            assertThat(foreign.getCell(3).getStringCellValue()).isEqualTo("境外");
            assertThat(foreign.getCell(4).getStringCellValue()).isEqualTo("工业");
            assertThat(foreign.getCell(5).getStringCellValue()).isEqualTo("已开工");
            assertThat(date(foreign.getCell(6))).isEqualTo(LocalDate.of(2024, 11, 28));
            assertThat(date(foreign.getCell(8))).isEqualTo(LocalDate.of(2025, 2, 17));
            assertThat(decimal(foreign.getCell(7), 2)).isEqualTo(new BigDecimal("12.50"));
            assertThat(decimal(foreign.getCell(9), 4)).isEqualTo(new BigDecimal("3.2568"));
            assertThat(decimal(foreign.getCell(10), 4)).isEqualTo(new BigDecimal("0.0000"));
            assertThat(decimal(foreign.getCell(11), 2)).isEqualTo(new BigDecimal("1234.56"));
            for (int c : List.of(7, 9, 10, 11)) {
                assertThat(foreign.getCell(c).getCellStyle().getDataFormatString())
                        .isEqualTo("0.00");
            }
            assertThat(foreign.getCell(12).getStringCellValue()).isEqualTo("是");
            assertThat(foreign.getCell(13).getStringCellValue()).isEqualTo("是");
            assertThat(foreign.getCell(14).getStringCellValue()).isEqualTo("设备进场");

            Row signed = ledger.getRow(2);
            assertThat(signed.getCell(3).getStringCellValue()).isEqualTo("省外");
            assertThat(decimal(signed.getCell(7), 2)).isEqualTo(new BigDecimal("0.80"));
            assertThat(isBlank(signed, 8)).isTrue();
            assertThat(isBlank(signed, 11)).isTrue();
            assertThat(signed.getCell(12).getStringCellValue()).isEqualTo("否");
            assertThat(isBlank(signed, 13)).isTrue();

            Row negotiating = ledger.getRow(3);
            assertThat(negotiating.getCell(5).getStringCellValue()).isEqualTo("在谈");
            for (int c = 6; c <= 14; c++) {
                assertThat(isBlank(negotiating, c)).as("column " + c).isTrue();
            }
            // typed-in rows get the column formats too
            assertThat(ledger.getColumnStyle(6).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(ledger.getColumnStyle(7).getDataFormatString()).isEqualTo("0.00");
            assertThat(ledger.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void blankTemplateHasHeadersValidationsAndTheCoverButNoFigures() throws IOException {
        Path file = dir.resolve("blank.xlsx");
        new ReturnWorkbookWriter().write(ReturnWorkbook.blank("410711", "牧野区", YearMonth.of(2024, 3)), file);

        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("封面", "项目台账", "工作指标", "填报说明");
            XSSFSheet cover = wb.getSheet("封面");
            assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2024-03");
            assertThat(cover.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            XSSFSheet ledger = wb.getSheet("项目台账");
            assertThat(ledger.getLastRowNum()).isZero();
            assertStyledFrozenHeader(ledger, 15);
            Map<Integer, DataValidation> rules = validationsByColumn(ledger);
            assertThat(listValues(rules.get(4))).isEqualTo(Industries.DEFAULT);
            assertThat(range(rules.get(4)).getLastRow()).isEqualTo(1000);
            XSSFSheet activity = wb.getSheet("工作指标");
            assertThat(activity.getRow(0).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(wb.getSheet("填报说明").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("ZSYZ-RETURN-1");
        }
    }

    @Test
    void withATimestampTheSameReturnGivesTheSameBytes() throws IOException {
        Instant stamp = LocalDate.of(2025, 10, 2)
                .atTime(10, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant();
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter().withTimestamp(stamp);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        writer.write(RETURN, first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        writer.write(RETURN, second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());

        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(first.toByteArray()))) {
            assertThat(wb.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(stamp);
        }
    }

    /** 200,000 ledger rows generated lazily: nothing holds them all, and the file has every row. */
    @Test
    void streamsALargeLedger() throws IOException {
        int rows = 200_000;
        Iterable<LedgerRow> ledger = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < rows;
            }

            @Override
            public LedgerRow next() {
                i++;
                return new LedgerRow(
                        "P" + i,
                        "项目" + i,
                        "投资方" + i,
                        InvestorSource.OUT_OF_PROVINCE,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2024, 1, 1).plusDays(i % 600),
                        BigDecimal.valueOf(i % 997, 2),
                        LocalDate.of(2025, 9, 1),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        null,
                        true,
                        false,
                        null);
            }
        };
        Path file = dir.resolve("big.xlsx");
        long written;
        try (var out = Files.newOutputStream(file)) {
            written = new ReturnWorkbookWriter()
                    .write(new ReturnCover("410711", "牧野区", YearMonth.of(2025, 9), null, null), ledger, null, out);
        }
        assertThat(written).isEqualTo(rows);

        // Scan the sheet XML as a stream: the user model would need far more heap than the writer did.
        ScanResult scan = scanEntry(
                file,
                "xl/worksheets/sheet2.xml",
                Pattern.compile("<row r=\"(\\d+)\""),
                Pattern.compile("sqref=\"D2:D(\\d+)\""));
        assertThat(scan.lastMatch(0)).isEqualTo("200001");
        assertThat(scan.count(0)).isEqualTo(rows + 1);
        assertThat(scan.lastMatch(1)).isEqualTo("201001");
    }

    record ScanResult(List<String> last, List<Integer> counts) {
        String lastMatch(int pattern) {
            return last.get(pattern);
        }

        int count(int pattern) {
            return counts.get(pattern);
        }
    }

    /** Finds every match of each pattern in a zip entry, reading it in chunks (a match must be under 200 chars). */
    static ScanResult scanEntry(Path file, String name, Pattern... patterns) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.getName().equals(name)) {
                    continue;
                }
                var reader = new java.io.InputStreamReader(zip, StandardCharsets.UTF_8);
                String[] last = new String[patterns.length];
                int[] counts = new int[patterns.length];
                char[] buffer = new char[1 << 16];
                String carry = "";
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    String text = carry + new String(buffer, 0, n);
                    int safeEnd = Math.max(0, text.length() - 200);
                    for (int p = 0; p < patterns.length; p++) {
                        Matcher m = patterns[p].matcher(text);
                        while (m.find()) {
                            if (m.start() < safeEnd) {
                                last[p] = m.group(1);
                                counts[p]++;
                            }
                        }
                    }
                    carry = text.substring(safeEnd);
                }
                for (int p = 0; p < patterns.length; p++) {
                    Matcher m = patterns[p].matcher(carry);
                    while (m.find()) {
                        last[p] = m.group(1);
                        counts[p]++;
                    }
                }
                return new ScanResult(
                        java.util.Arrays.asList(last),
                        java.util.Arrays.stream(counts).boxed().toList());
            }
        }
        throw new AssertionError(name + " not in " + file);
    }

    static String zipEntry(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in " + file);
    }
}
