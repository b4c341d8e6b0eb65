package org.zsyz.scorecard.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.zsyz.scorecard.domain.ContactChannel;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.SafeFiles;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.returns.ErrorWorkbookWriter;
import org.zsyz.scorecard.returns.HostileFiles;
import org.zsyz.scorecard.returns.ImportTestBase;
import org.zsyz.scorecard.returns.TestWorkbook;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.returns.WorkbookProbe;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.targets.AnnualTarget;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.TargetImport;
import org.zsyz.scorecard.store.unit.AssessedUnit;

/**
 * The targets import: good workbooks in both formats replace a year whole and are recorded; each bad one in
 * the corpus is refused with its exact cell and message, changes nothing, and comes back marked up.
 */
abstract class TargetsImportTests extends ImportTestBase {

    static final String UNITS = TargetsTemplate.UNITS_SHEET;
    static final String TARGETS = TargetsTemplate.TARGETS_SHEET;
    static final String SCHEDULE = TargetsTemplate.SCHEDULE_SHEET;
    static final String INSTRUCTIONS = TargetsTemplate.INSTRUCTIONS_SHEET;

    @Autowired
    TargetsImporter importer;

    @Autowired
    AnnualTargetMapper targets;

    @Autowired
    ErrorWorkbookWriter errorWorkbooks;

    @Autowired
    ContactMapper contacts;

    static TestWorkbook withContactColumns() {
        return goodTargets()
                .set(UNITS, "E1", TargetsTemplate.CONTACT_EMAIL)
                .set(UNITS, "F1", TargetsTemplate.CONTACT_WEBHOOK)
                .set(UNITS, "G1", TargetsTemplate.CONTACT_SECRET)
                .set(UNITS, "E2", " zhaoshang@muye.gov.cn ")
                .set(UNITS, "F2", "https://oapi.dingtalk.com/robot/send?access_token=abc")
                .set(UNITS, "G2", "SECmuye")
                .set(UNITS, "F3", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1");
    }

    @Test
    void theOptionalContactColumnsOfTheUnitsSheetStoreEachUnitsContacts() throws Exception {
        Path file = write(withContactColumns(), "targets-2024", Format.XLSX);
        // the three columns are the template's own: no “模板以外的列” notice
        assertThat(new TargetsWorkbookReader(new WorkbookReader(ReadLimits.DEFAULT))
                        .read(file, 2024)
                        .issues()
                        .all())
                .isEmpty();

        importer.importFile(file, 2024);

        assertThat(contacts.findByOwner("410711"))
                .extracting(Contact::channel, Contact::address, Contact::secret)
                .containsExactlyInAnyOrder(
                        tuple(ContactChannel.EMAIL, "zhaoshang@muye.gov.cn", null),
                        tuple(
                                ContactChannel.DINGTALK,
                                "https://oapi.dingtalk.com/robot/send?access_token=abc",
                                "SECmuye"));
        assertThat(contacts.findByOwner("410782"))
                .extracting(Contact::channel, Contact::address, Contact::secret)
                .containsExactly(
                        tuple(ContactChannel.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k1", null));

        // importing again changes a secret in place and adds nothing twice
        importer.importFile(write(withContactColumns().set(UNITS, "G2", "SECnew"), "targets-2024-2", Format.XLS), 2024);
        assertThat(contacts.findByOwner("410711"))
                .extracting(Contact::address, Contact::secret)
                .containsExactlyInAnyOrder(
                        tuple("zhaoshang@muye.gov.cn", null),
                        tuple("https://oapi.dingtalk.com/robot/send?access_token=abc", "SECnew"));
        assertThat(contacts.findAll()).hasSize(3);
    }

    @Test
    void aBadContactCellRefusesTheWorkbookNamingTheCellAndStoresNothing() throws Exception {
        Map<String, Integer> before = counts();
        Path file = write(
                withContactColumns()
                        .set(UNITS, "E2", "zhaoshang#muye")
                        .set(UNITS, "F3", "ftp://robot.example.cn/hook")
                        .set(UNITS, "G3", "SECx"),
                "targets-2024",
                Format.XLSX);

        TargetsRejectedException rejected =
                catchThrowableOfType(TargetsRejectedException.class, () -> importer.importFile(file, 2024));

        assertThat(rejected.issues().errors())
                .containsExactlyInAnyOrder(
                        new ImportIssue(
                                ImportIssue.Severity.ERROR,
                                UNITS,
                                "E2",
                                TargetsTemplate.CONTACT_EMAIL,
                                "zhaoshang#muye",
                                "“zhaoshang#muye”不是电子邮件地址（应形如 name@example.gov.cn）"),
                        new ImportIssue(
                                ImportIssue.Severity.ERROR,
                                UNITS,
                                "F3",
                                TargetsTemplate.CONTACT_WEBHOOK,
                                "ftp://robot.example.cn/hook",
                                "机器人地址“ftp://robot.example.cn/hook”必须以 http:// 或 https:// 开头"));
        assertThat(rejected.issues().errors().get(0).describe("targets-2024.xlsx"))
                .contains("targets-2024.xlsx", "考核单位", "E2", "不是电子邮件地址");
        assertThat(contacts.findAll()).isEmpty();
        assertThat(counts()).isEqualTo(before);

        // a secret with no webhook on its row is refused at the secret's cell, without showing the secret
        Path lonely = write(
                goodTargets().set(UNITS, "G1", TargetsTemplate.CONTACT_SECRET).set(UNITS, "G3", "SECx"),
                "targets-2024-b",
                Format.XLS);
        TargetsRejectedException refused =
                catchThrowableOfType(TargetsRejectedException.class, () -> importer.importFile(lonely, 2024));
        assertThat(refused.issues().errors())
                .containsExactly(new ImportIssue(
                        ImportIssue.Severity.ERROR,
                        UNITS,
                        "G3",
                        TargetsTemplate.CONTACT_SECRET,
                        null,
                        "机器人密钥是钉钉机器人的加签密钥，须与同一行的“机器人地址”一起填写"));
        assertThat(contacts.findAll()).isEmpty();
    }

    static TestWorkbook goodTargets() {
        TestWorkbook wb = new TestWorkbook();
        wb.row(UNITS, 0, TargetsTemplate.unitHeaders().toArray());
        wb.row(UNITS, 1, "410711", "牧野区", "城区", "是");
        wb.row(UNITS, 2, "410782", "辉县市", "县市区", "否");
        wb.row(TARGETS, 0, TargetsTemplate.targetHeaders().toArray());
        wb.row(TARGETS, 1, "410711", 19.8, 18, 2699, 3, 40, 2, 12);
        wb.row(TARGETS, 2, "410782", 30, null, 1500);
        wb.row(SCHEDULE, 0, TargetsTemplate.MONTH, TargetsTemplate.CUMULATIVE_PROGRESS);
        int[] progress = {5, 12, 25, 33, 41, 50, 58, 66, 75, 83, 91, 100};
        for (int m = 1; m <= 12; m++) {
            wb.row(SCHEDULE, m, m, progress[m - 1]);
        }
        wb.row(INSTRUCTIONS, 0, TargetsTemplate.TEMPLATE_VERSION, TargetsTemplate.VERSION_MARKER);
        wb.row(INSTRUCTIONS, 1, TargetsTemplate.YEAR, "2024");
        return wb;
    }

    Path write(TestWorkbook wb, String name, Format format) throws Exception {
        return wb.write(home.resolve("targets").resolve(name + format.extension()), format);
    }

    @Test
    void reimportingAYearReplacesItWholeAndIsRecorded() throws Exception {
        Path first = write(goodTargets(), "targets-2024", Format.XLSX);
        importer.importFile(first, 2024);
        assertThat(units.findUnits(2024)).extracting(AssessedUnit::unitCode).containsExactly("410711", "410782");
        assertThat(targets.findSchedule(2024)).hasSize(12);

        // the second version: one unit only, money in 万元, typed as text, no schedule
        TestWorkbook second = goodTargets()
                .clearRow(UNITS, 2)
                .clearRow(TARGETS, 2)
                .removeSheet(SCHEDULE)
                .set(TARGETS, "B1", "到位市外资金（万元）")
                .set(TARGETS, "B2", "２１０,０００");
        Path revised = write(second, "targets-2024-修订", Format.XLS);
        TargetImport record = importer.importFile(revised, 2024);

        assertThat(units.findUnits(2024))
                .extracting(AssessedUnit::unitCode, AssessedUnit::groupName, AssessedUnit::ranked)
                .containsExactly(tuple("410711", "城区", true));
        assertThat(targets.findTargets(2024))
                .filteredOn(t -> t.indicator() == Indicator.I1)
                .singleElement()
                .satisfies(t -> assertThat(t.targetValue()).isEqualByComparingTo("21"));
        assertThat(targets.findTargets(2024)).hasSize(7);
        assertThat(targets.findSchedule(2024)).isEmpty();
        assertThat(targets.findImports(2024))
                .extracting(
                        TargetImport::fileName,
                        TargetImport::sha256,
                        TargetImport::unitCount,
                        TargetImport::targetCount)
                .containsExactly(
                        tuple("targets-2024.xlsx", FileDigest.sha256(first), 2, 9),
                        tuple("targets-2024-修订.xls", FileDigest.sha256(revised), 1, 7));
        assertThat(record.unitCount()).isEqualTo(1);
    }

    record Case(
            String name,
            Consumer<TestWorkbook> spoil,
            String sheet,
            String cell,
            String field,
            String value,
            String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "no 考核单位 sheet",
                wb -> wb.removeSheet(UNITS),
                UNITS,
                null,
                null,
                null,
                "缺少工作表「考核单位」（现有工作表：年度目标、序时进度、填报说明），应使用统一模板，工作表名称不要改动"));
        cases.add(new Case(
                "a header column deleted",
                wb -> {
                    for (int r = 1; r <= 3; r++) {
                        wb.set(UNITS, "C" + r, null);
                    }
                },
                UNITS,
                "第1行",
                "考核组别",
                null,
                "表头缺少“考核组别”列，应按模板保留该列"));
        cases.add(new Case(
                "a unit listed twice",
                wb -> wb.set(UNITS, "A3", "410711"),
                UNITS,
                "A3",
                "单位代码",
                "410711",
                "单位代码重复（与 A2 相同），每个考核单位只应列一行"));
        cases.add(new Case(
                "a malformed unit code",
                wb -> wb.set(UNITS, "A2", "4107/11"),
                UNITS,
                "A2",
                "单位代码",
                "4107/11",
                "单位代码格式不对，应为1—20位字母、数字、下划线或连字符，如 410711"));
        cases.add(new Case(
                "a unit without a name",
                wb -> wb.set(UNITS, "B2", null),
                UNITS,
                "B2",
                "单位名称",
                null,
                "必填项为空，应填写考核单位全称"));
        cases.add(new Case(
                "a name too long",
                wb -> wb.set(UNITS, "B2", "区".repeat(101)),
                UNITS,
                "B2",
                "单位名称",
                "区".repeat(101),
                "超过 100 个字，应不超过 100 个字"));
        cases.add(new Case(
                "a unit without a group",
                wb -> wb.set(UNITS, "C3", null),
                UNITS,
                "C3",
                "考核组别",
                null,
                "必填项为空，应填写考核组别，如 县市区、城区、开发区"));
        cases.add(new Case("ranked as Y", wb -> wb.set(UNITS, "D2", "Y"), UNITS, "D2", "参与综合排名", "Y", "应填写“是”或“否”"));
        cases.add(new Case(
                "a target for an unlisted unit",
                wb -> wb.set(TARGETS, "A3", "419999"),
                TARGETS,
                "A3",
                "单位代码",
                "419999",
                "单位代码不在「考核单位」表中，应先在「考核单位」表中列出该单位"));
        cases.add(new Case(
                "a negative target",
                wb -> wb.set(TARGETS, "B2", -5),
                TARGETS,
                "B2",
                "到位市外资金(亿元)",
                "-5",
                "目标不能为负数，应填写不小于0的数字；不设目标请留空"));
        cases.add(new Case(
                "a target in words",
                wb -> wb.set(TARGETS, "D2", "两千"),
                TARGETS,
                "D2",
                "实际利用外资(万美元)",
                "两千",
                "不是数字，应填写以万美元为单位的数字；不设目标请留空"));
        cases.add(new Case(
                "half a project",
                wb -> wb.set(TARGETS, "E2", 2.5),
                TARGETS,
                "E2",
                "新签约亿元以上项目(个)",
                "2.5",
                "应填写整数（单位：个）"));
        cases.add(new Case("month 13", wb -> wb.set(SCHEDULE, "A13", 13), SCHEDULE, "A13", "月份", "13", "应填写1—12的整数"));
        cases.add(new Case(
                "progress over 100",
                wb -> wb.set(SCHEDULE, "B13", 120),
                SCHEDULE,
                "B13",
                "累计进度(%)",
                "120",
                "应填写0—100之间的数字（如 25 表示25%）"));
        cases.add(new Case(
                "progress going back",
                wb -> wb.set(SCHEDULE, "B7", 40),
                SCHEDULE,
                "B7",
                "累计进度(%)",
                "40",
                "6月的累计进度低于5月的 41，累计进度应逐月不减"));
        cases.add(new Case(
                "a month missing",
                wb -> wb.clearRow(SCHEDULE, 12),
                SCHEDULE,
                null,
                "月份",
                null,
                "序时进度应列出全部12个月，缺少：12月；不设序时进度则只留表头"));
        cases.add(new Case(
                "another year's workbook",
                wb -> wb.set(INSTRUCTIONS, "B2", "2023"),
                INSTRUCTIONS,
                "B2",
                "年度",
                "2023",
                "目标任务书是 2023 年的，本次导入的是 2024 年，应导入 2024 年的目标任务书（或按 2023 年导入：命令行加 --year 2023，网页上年度填 2023）"));
        cases.add(new Case(
                "a return template instead",
                wb -> wb.set(INSTRUCTIONS, "B1", "ZSYZ-RETURN-1"),
                INSTRUCTIONS,
                "B1",
                "模板版本",
                "ZSYZ-RETURN-1",
                "模板版本不符，应为 ZSYZ-TARGETS-1（年度目标任务书模板），请下载最新模板重新填写"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBadTargetsWorkbookChangesNothingAndNamesTheCell(Case bad) throws Exception {
        importer.importFile(write(goodTargets(), "targets-2024", Format.XLSX), 2024);
        Map<String, Integer> before = counts();
        List<AnnualTarget> targetsBefore = targets.findTargets(2024);
        TestWorkbook wb = goodTargets();
        bad.spoil().accept(wb);
        Format format = bad.name().length() % 2 == 0 ? Format.XLSX : Format.XLS;
        Path file = write(wb, "bad-2024", format);

        TargetsRejectedException rejected =
                catchThrowableOfType(TargetsRejectedException.class, () -> importer.importFile(file, 2024));

        assertThat(rejected.issues().errors())
                .contains(new ImportIssue(
                        ImportIssue.Severity.ERROR, bad.sheet(), bad.cell(), bad.field(), bad.value(), bad.message()));
        assertThat(counts()).isEqualTo(before);
        assertThat(targets.findTargets(2024)).isEqualTo(targetsBefore);
        var written = errorWorkbooks.write(
                file, file.getParent(), SafeFiles.stem(file.getFileName().toString()), rejected.issues());
        assertThat(written.markedUp()).isTrue();
        assertThat(written.file().getFileName().toString()).isEqualTo("bad-2024-错误清单" + format.extension());
    }

    @Test
    void aBadCellIsMarkedRedInTheReturnedWorkbook() throws Exception {
        Path file = write(goodTargets().set(TARGETS, "B2", -5), "targets-2024", Format.XLSX);
        TargetsRejectedException rejected =
                catchThrowableOfType(TargetsRejectedException.class, () -> importer.importFile(file, 2024));

        var written = errorWorkbooks.write(file, file.getParent(), "targets-2024", rejected.issues());

        try (XSSFWorkbook marked = WorkbookProbe.open(written.file())) {
            Cell cell = marked.getSheet(TARGETS).getRow(1).getCell(1);
            assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(cell.getCellComment().getString().getString())
                    .isEqualTo("【错误】到位市外资金(亿元)：目标不能为负数，应填写不小于0的数字；不设目标请留空");
            assertThat(WorkbookProbe.rowTexts(marked.getSheet(ErrorWorkbookWriter.ERROR_SHEET), 3))
                    .containsExactly("错误", "年度目标", "B2", "到位市外资金(亿元)", "-5", "目标不能为负数，应填写不小于0的数字；不设目标请留空");
        }
    }

    @Test
    void anUnreadableTargetsFileIsRefusedWithItsReason() throws Exception {
        Files.createDirectories(home.resolve("targets"));
        Path pdf = HostileFiles.renamedPdf(home.resolve("targets").resolve("targets-2024.xlsx"));

        TargetsRejectedException rejected =
                catchThrowableOfType(TargetsRejectedException.class, () -> importer.importFile(pdf, 2024));

        assertThat(rejected).hasMessage("targets-2024.xlsx：文件是PDF文档，不是Excel工作簿，请提交 .xlsx 或 .xls 格式的报表");
        assertThat(rejected.issues().errors())
                .extracting(ImportIssue::message)
                .containsExactly("文件是PDF文档，不是Excel工作簿，请提交 .xlsx 或 .xls 格式的报表");
        assertThat(targets.findImports(2024)).isEmpty();
    }

    @Test
    void theWritersTemplateReadsBackAsWritten() throws Exception {
        Path file = home.resolve("targets").resolve("targets-2024.xlsx");
        new TargetsWorkbookWriter()
                .write(
                        new TargetsWorkbook(
                                2024,
                                List.of(new UnitTargets(
                                        "410711",
                                        "牧野区",
                                        "城区",
                                        true,
                                        Map.of(
                                                Indicator.I1,
                                                new BigDecimal("19.8"),
                                                Indicator.I7,
                                                new BigDecimal("12"))))),
                        file);

        TargetImport record = importer.importFile(file, 2024);

        assertThat(record.targetCount()).isEqualTo(2);
        assertThat(targets.findTargets(2024))
                .extracting(AnnualTarget::indicator)
                .containsExactly(Indicator.I1, Indicator.I7);
    }

    @Test
    void theBlankTemplateFilledInWithContactsImportsThem() throws Exception {
        // the workbook `scorecard template targets` writes, filled in as a bureau would: units, targets, contacts
        Path file = home.resolve("targets").resolve("目标任务书-2024.xlsx");
        new TargetsWorkbookWriter().write(TargetsWorkbook.blank(2024), file);
        try (XSSFWorkbook wb = WorkbookProbe.open(file)) {
            var units = wb.getSheet(UNITS);
            assertThat(WorkbookProbe.rowTexts(units, 0))
                    .containsExactly("单位代码", "单位名称", "考核组别", "参与综合排名", "联系邮箱", "机器人地址", "机器人密钥");
            fill(units.createRow(1), "410711", "牧野区", "城区", "是", "zhaoshang@muye.gov.cn", null, null);
            fill(
                    units.createRow(2),
                    "410782",
                    "辉县市",
                    "县市区",
                    "是",
                    null,
                    "https://oapi.dingtalk.com/robot/send?access_token=hx",
                    "SEChuixian");
            fill(units.createRow(3), "410781", "卫辉市", "县市区", "是", null, null, null);
            var targetRows = wb.getSheet(TARGETS);
            for (int r = 1; r <= 3; r++) {
                var row = targetRows.createRow(r);
                row.createCell(0).setCellValue(units.getRow(r).getCell(0).getStringCellValue());
                row.createCell(1).setCellValue(10 + r);
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        TargetImport record = importer.importFile(file, 2024);

        assertThat(record.unitCount()).isEqualTo(3);
        assertThat(contacts.findAll())
                .extracting(Contact::owner, Contact::channel, Contact::address, Contact::secret)
                .containsExactlyInAnyOrder(
                        tuple("410711", ContactChannel.EMAIL, "zhaoshang@muye.gov.cn", null),
                        tuple(
                                "410782",
                                ContactChannel.DINGTALK,
                                "https://oapi.dingtalk.com/robot/send?access_token=hx",
                                "SEChuixian"));
    }

    private static void fill(org.apache.poi.ss.usermodel.Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    /** Targets summed by formulas carry a double's noise (3.0999999999999996, 3.0000000000000004): read as Excel shows them. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Format.class)
    void formulaSumsAreReadAsExcelShowsThem(Format format) throws Exception {
        TestWorkbook wb = goodTargets()
                .set(TARGETS, "B2", new TestWorkbook.Formula("0.7+2.4", 0.7 + 2.4))
                .set(TARGETS, "E2", new TestWorkbook.Formula("0.1*30", 0.1 * 30));

        importer.importFile(write(wb, "targets-2024", format), 2024);

        assertThat(targets.findTargets(2024))
                .filteredOn(t -> t.unitCode().equals("410711"))
                .filteredOn(t -> t.indicator() == Indicator.I1 || t.indicator() == Indicator.I4)
                .extracting(AnnualTarget::indicator, t -> t.targetValue().stripTrailingZeros())
                .containsExactly(tuple(Indicator.I1, new BigDecimal("3.1")), tuple(Indicator.I4, new BigDecimal("3")));
    }
}
