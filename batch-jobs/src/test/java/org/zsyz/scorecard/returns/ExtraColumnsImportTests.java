package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;
import static org.zsyz.scorecard.returns.WorkbookProbe.listValues;
import static org.zsyz.scorecard.returns.WorkbookProbe.validationsByColumn;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.DefaultMethod;
import org.zsyz.scorecard.assess.ExtraColumns;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ExtraValues;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * The extra 项目台账 columns of a format-2 method through the real importer and database: the template offers them
 * (drop-downs, 填报说明), the import finds them by header, checks each cell naming it, stores the values; a return
 * without a required column is refused; under the default method nothing changes.
 */
abstract class ExtraColumnsImportTests extends ImportTestBase {

    static final String COLUMNS = """
            ledger_columns:
              STORED: {name: 是否入库, type: yes_no, required: true}
              STORED_AMOUNT: {name: 入库额, type: amount, unit: 亿元, min: 0}
              CREDIT: {name: 统一社会信用代码, type: credit_code}
              KIND: {name: 入库类别, type: choice, choices: [新建, 扩建]}
            """;

    static final String INDICATORS = """
              STORED_FUNDS:
                name: 固定资产投资入库
                unit: 亿元
                sum: STORED_AMOUNT
                where: {STORED: 是}
                target: true
                weight: 100
                method: ratio
            """;

    @Autowired
    AssessmentRulesSource method;

    @AfterEach
    void noMethodFile() throws Exception {
        Files.deleteIfExists(method.fileFor(PERIOD.getYear()));
    }

    private ExtraColumns installMethod() throws Exception {
        String text = DefaultMethod.text(PERIOD.getYear())
                        .replaceFirst("format: 1[^\n]*", "format: 2")
                        .replaceFirst("(?s)\nindicators:.*?\n(?=ratio_cap_percent)", "\nindicators:\n" + INDICATORS)
                + "\n" + COLUMNS;
        Path file = method.fileFor(PERIOD.getYear());
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        ExtraColumns columns = method.extraColumns(PERIOD);
        assertThat(columns.all()).hasSize(4);
        return columns;
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private Map<String, String> storedExtras(String projectNo) {
        String text = jdbc.queryForObject(
                "SELECT extra_values FROM ledger_project WHERE project_no = ?", String.class, projectNo);
        return ExtraValues.decode(text);
    }

    private static List<String> errors(ImportOutcome outcome) {
        return outcome.issues().stream()
                .filter(ImportIssue::isError)
                .map(i -> i.sheet() + " " + i.cell() + "（" + i.field() + "）" + i.message())
                .toList();
    }

    @Test
    void theTemplateOffersTheColumnsAndTheImportStoresWhatWasFilledIn() throws Exception {
        ExtraColumns columns = installMethod();
        List<LedgerRow> rows = new ArrayList<>();
        rows.add(new LedgerRow(
                        "XM-001",
                        "智能装备产业园",
                        "甲投资有限公司",
                        InvestorSource.OUT_OF_PROVINCE,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2024, 1, 10),
                        new BigDecimal("5"),
                        LocalDate.of(2024, 2, 1),
                        new BigDecimal("3"),
                        new BigDecimal("2"),
                        null,
                        true,
                        false,
                        null)
                .withExtraValues(ExtraValues.encode(
                        values("STORED", "是", "STORED_AMOUNT", "2.5", "CREDIT", "91350100M000100Y43", "KIND", "新建"))));
        rows.add(new LedgerRow(
                        "XM-002",
                        "物流中心",
                        "乙贸易公司",
                        InvestorSource.OUT_OF_PROVINCE,
                        "商贸物流",
                        ProjectStatus.SIGNED,
                        LocalDate.of(2024, 2, 15),
                        new BigDecimal("2.5"),
                        null,
                        new BigDecimal("1"),
                        new BigDecimal("0"),
                        null,
                        true,
                        false,
                        null)
                .withExtraValues(ExtraValues.encode(values("STORED", "否"))));
        Files.createDirectories(inbox(PERIOD));
        Path file = inbox(PERIOD).resolve("410711.xlsx");
        new ReturnWorkbookWriter()
                .withExtraColumns(columns)
                .write(
                        new ReturnWorkbook(
                                new ReturnCover(
                                        TestWorkbook.UNIT, TestWorkbook.UNIT_NAME, PERIOD, "张三", "0373-5550000"),
                                rows,
                                new ReturnActivity(1, 1, 1, 1)),
                        file);

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet ledger = wb.getSheet(ReturnTemplate.LEDGER_SHEET);
            Row header = ledger.getRow(0);
            DataFormatter f = new DataFormatter();
            assertThat(List.of(15, 16, 17, 18).stream()
                            .map(c -> f.formatCellValue(header.getCell(c)))
                            .toList())
                    .containsExactly("是否入库", "入库额(亿元)", "统一社会信用代码", "入库类别");
            assertThat(listValues(validationsByColumn(ledger).get(15))).containsExactly("是", "否");
            assertThat(listValues(validationsByColumn(ledger).get(18))).containsExactly("新建", "扩建");
            StringBuilder instructions = new StringBuilder();
            wb.getSheet(ReturnTemplate.INSTRUCTIONS_SHEET)
                    .forEach(r -> r.forEach(
                            c -> instructions.append(f.formatCellValue(c)).append('\n')));
            assertThat(instructions.toString())
                    .contains("附加列“是否入库”：必填（本年度考核办法要求的附加列）；“是”或“否”，下拉选择")
                    .contains("附加列“入库额(亿元)”：选填");
        }

        ImportOutcome outcome = importFile(file, PERIOD);

        assertThat(errors(outcome)).isEmpty();
        assertThat(outcome.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(storedExtras("XM-001"))
                .containsExactlyEntriesOf(
                        values("STORED", "是", "STORED_AMOUNT", "2.5", "CREDIT", "91350100M000100Y43", "KIND", "新建"));
        assertThat(storedExtras("XM-002")).containsExactlyEntriesOf(values("STORED", "否"));
    }

    @Test
    void badCellsAreRefusedEachNamingItsCellAndNothingIsStored() throws Exception {
        installMethod();
        Files.createDirectories(inbox(PERIOD));
        String ledger = ReturnTemplate.LEDGER_SHEET;
        Path file = TestWorkbook.goodReturn()
                .set(ledger, "P1", "是否入库")
                .set(ledger, "Q1", "入库额(万元)")
                .set(ledger, "R1", "统一社会信用代码")
                .set(ledger, "S1", "入库类别")
                .set(ledger, "P2", "可能")
                .set(ledger, "Q2", new BigDecimal("-1"))
                .set(ledger, "R2", "91350100M000100Y44")
                .set(ledger, "S2", "改建")
                .set(ledger, "Q3", "一百")
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);

        ImportOutcome outcome = importFile(file, PERIOD);

        assertThat(outcome.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(errors(outcome))
                .contains(
                        "项目台账 P2（是否入库）应填写“是”或“否”（可用下拉列表选择）",
                        "项目台账 Q2（入库额）不能为负数，应填写以万元为单位的金额",
                        "项目台账 R2（统一社会信用代码）校验位（第 18 位）不符：按 GB 32100 应为“3”，请核对代码是否抄错",
                        "项目台账 S2（入库类别）不在可选范围内，应为以下之一：新建、扩建（可用下拉列表选择）",
                        "项目台账 Q3（入库额）不是数字，应填写以万元为单位的金额（不要带单位或文字）",
                        // XM-002 and XM-003 left the required 是否入库 blank
                        "项目台账 P3（是否入库）必填项为空，应填写“是”或“否”");
        assertThat(counts().get("ledger_project")).isZero();
    }

    @Test
    void anAmountWrittenInWanYuanIsStoredInTheColumnsUnit() throws Exception {
        installMethod();
        Files.createDirectories(inbox(PERIOD));
        String ledger = ReturnTemplate.LEDGER_SHEET;
        Path file = TestWorkbook.goodReturn()
                .set(ledger, "P1", "是否入库")
                .set(ledger, "Q1", "入库额(万元)")
                .set(ledger, "P2", "是")
                .set(ledger, "Q2", new BigDecimal("25000"))
                .set(ledger, "P3", "否")
                .set(ledger, "P4", "否")
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);

        ImportOutcome outcome = importFile(file, PERIOD);

        assertThat(errors(outcome)).isEmpty();
        assertThat(storedExtras("XM-001")).containsExactlyEntriesOf(values("STORED", "是", "STORED_AMOUNT", "2.5"));
        assertThat(storedExtras("XM-003")).containsExactlyEntriesOf(values("STORED", "否"));
        // the optional columns missing from the header: a warning each, read as blank
        assertThat(outcome.issues())
                .filteredOn(i -> !i.isError())
                .extracting(ImportIssue::message)
                .anyMatch(m -> m.startsWith("表头缺少“统一社会信用代码”列") && m.endsWith("本次按空白处理"));
    }

    @Autowired
    JdbcLedgerProjectWriter writer;

    @Autowired
    org.zsyz.scorecard.store.returns.LedgerProjectMapper ledgerMapper;

    @Test
    void bothWaysOfWritingLedgerRowsStoreTheValuesAndRowsWithoutKeepNone() throws Exception {
        installMethod();
        Files.createDirectories(inbox(PERIOD));
        Path file = TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, "P1", "是否入库")
                .set(ReturnTemplate.LEDGER_SHEET, "P2", "是")
                .set(ReturnTemplate.LEDGER_SHEET, "P3", "否")
                .set(ReturnTemplate.LEDGER_SHEET, "P4", "否")
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);
        assertThat(errors(importFile(file, PERIOD))).isEmpty();
        long id =
                jdbc.queryForObject("SELECT submission_id FROM ledger_project WHERE project_no = 'XM-001'", Long.class);
        org.zsyz.scorecard.store.returns.LedgerProject base =
                ledgerMapper.findProjects(id).get(0);
        // the application's writer (LOAD DATA on MariaDB when the server allows it) and multi-row inserts
        JdbcLedgerProjectWriter inserts = new JdbcLedgerProjectWriter(dataSource, "");
        int row = 90;
        for (JdbcLedgerProjectWriter w : List.of(writer, inserts)) {
            String no = "XM-W" + row;
            List<org.zsyz.scorecard.store.returns.LedgerProject> slice = List.of(
                    copy(base, no, row++, ExtraValues.encode(values("STORED", "是", "STORED_AMOUNT", "1.5"))),
                    copy(base, no + "N", row++, null));
            assertThat(w.insertProjects(slice)).isEqualTo(2);
            assertThat(storedExtras(no))
                    .as("loads data: " + w.loadsData())
                    .containsExactlyEntriesOf(values("STORED", "是", "STORED_AMOUNT", "1.5"));
            assertThat(jdbc.queryForObject(
                            "SELECT extra_values FROM ledger_project WHERE project_no = ?", String.class, no + "N"))
                    .isNull();
        }
    }

    private static org.zsyz.scorecard.store.returns.LedgerProject copy(
            org.zsyz.scorecard.store.returns.LedgerProject p, String no, int row, String extras) {
        return new org.zsyz.scorecard.store.returns.LedgerProject(
                p.submissionId(),
                no,
                row,
                p.projectName(),
                p.investor(),
                p.investorSource(),
                p.industry(),
                p.projectStatus(),
                p.signedOn(),
                p.contractAmount(),
                p.startedOn(),
                p.fundsTotal(),
                p.fundsThisYear(),
                p.foreignFundsThisYear(),
                p.fulfilled(),
                p.fortune500(),
                p.remark(),
                extras);
    }

    @Test
    void aReturnWithoutTheRequiredColumnIsRefusedWithTheReason() throws Exception {
        installMethod();
        Files.createDirectories(inbox(PERIOD));
        Path file = TestWorkbook.goodReturn().write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);

        ImportOutcome outcome = importFile(file, PERIOD);

        assertThat(outcome.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(errors(outcome))
                .contains("项目台账 第1行（是否入库）表头缺少“是否入库”列：本年度考核办法要求台账填写此列（“是”或“否”），"
                        + "应使用按本年度考核办法生成的模板（scorecard template return）");
        assertThat(counts().get("ledger_project")).isZero();
    }

    @Test
    void underTheDefaultMethodReturnsImportAsBeforeAndStoreNothingExtra() throws Exception {
        Files.createDirectories(inbox(PERIOD));
        Path file = TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, "P1", "是否入库")
                .set(ReturnTemplate.LEDGER_SHEET, "P2", "是")
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);

        ImportOutcome outcome = importFile(file, PERIOD);

        assertThat(outcome.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(outcome.issues())
                .filteredOn(i -> !i.isError())
                .extracting(i -> i.cell() + " " + i.message())
                .contains("P1 模板以外的列，已忽略");
        assertThat(counts().get("ledger_project")).isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ledger_project WHERE extra_values IS NOT NULL", Integer.class))
                .isZero();
    }
}
