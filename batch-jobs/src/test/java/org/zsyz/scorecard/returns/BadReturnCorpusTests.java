package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.returns.TestWorkbook.ErrorValue;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.returns.TestWorkbook.Formula;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * The corpus of bad returns: each generated here, imported through the real importer and database, and
 * expected to be refused with one exact message on one exact cell, leaving nothing behind but the rejected
 * version's record and its issues (or nothing at all when the file cannot be tied to a unit).
 */
abstract class BadReturnCorpusTests extends ImportTestBase {

    static final String COVER = ReturnTemplate.COVER_SHEET;
    static final String LEDGER = ReturnTemplate.LEDGER_SHEET;
    static final String ACTIVITY = ReturnTemplate.ACTIVITY_SHEET;

    /** Makes the bad file at the given path. */
    @FunctionalInterface
    interface Maker {
        Path make(Path file) throws Exception;
    }

    /**
     * @param attributed whether the file names a known unit (then a rejected version is recorded)
     */
    record Case(
            String name,
            String fileName,
            Maker maker,
            boolean attributed,
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

    static Case spoil(
            String name,
            Consumer<TestWorkbook> spoil,
            String sheet,
            String cell,
            String field,
            String value,
            String message) {
        return spoil(name, Format.XLSX, spoil, sheet, cell, field, value, message);
    }

    static Case spoil(
            String name,
            Format format,
            Consumer<TestWorkbook> spoil,
            String sheet,
            String cell,
            String field,
            String value,
            String message) {
        return new Case(
                name + " (" + format + ")",
                "410711" + format.extension(),
                file -> {
                    TestWorkbook wb = TestWorkbook.goodReturn();
                    spoil.accept(wb);
                    return wb.write(file, format);
                },
                true,
                sheet,
                cell,
                field,
                value,
                message);
    }

    static Case file(String name, String fileName, Maker maker, boolean attributed, String message) {
        return new Case(name, fileName, maker, attributed, null, null, null, null, message);
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        String notAWorkbook = "请提交 .xlsx 或 .xls 格式的报表";
        // ---- files that are no readable workbook
        cases.add(file(
                "a text file named .xlsx",
                "410711.xlsx",
                HostileFiles::notASpreadsheet,
                false,
                "文件不是Excel工作簿（无法识别的文件格式），" + notAWorkbook));
        cases.add(file(
                "a renamed PDF",
                "410711.xlsx",
                HostileFiles::renamedPdf,
                false,
                "文件是PDF文档，不是Excel工作簿，" + notAWorkbook));
        cases.add(file("an empty file", "410711.xlsx", HostileFiles::empty, false, "文件是空的（0字节）"));
        cases.add(file(
                "an encrypted .xlsx",
                "410711.xlsx",
                HostileFiles::encryptedXlsx,
                false,
                "工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交"));
        cases.add(file(
                "an encrypted .xls",
                "410711.xls",
                HostileFiles::encryptedXls,
                false,
                "工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交"));
        cases.add(file(
                "a Word document named .xls",
                "410711.xls",
                HostileFiles::wordDocument,
                false,
                "文件是Office文档但不是Excel工作簿（例如Word文档），请提交Excel报表"));
        cases.add(file(
                "a zip that is no workbook",
                "410711.xlsx",
                HostileFiles::plainZip,
                false,
                "文件不是有效的 .xlsx 工作簿（是压缩包，但缺少工作簿的组成部分），请用Excel或WPS另存为 .xlsx 后提交"));
        // Without its zip directory the package is read entry by entry; the broken-off workbook part is lost.
        cases.add(file(
                "a workbook cut in half",
                "410711.xlsx",
                HostileFiles::truncatedXlsx,
                false,
                "文件不是有效的 .xlsx 工作簿（是压缩包，但缺少工作簿的组成部分），请用Excel或WPS另存为 .xlsx 后提交"));
        cases.add(file(
                "a zip bomb in the ledger",
                "410711.xlsx",
                HostileFiles::zipBomb,
                true,
                "文件压缩比异常（解压后超过压缩大小的 100 倍），疑似压缩炸弹，已拒收"));
        cases.add(file(
                "XML entity expansion in the ledger",
                "410711.xlsx",
                HostileFiles::entityExpansion,
                true,
                "工作簿的XML含有DOCTYPE或实体定义（正常的Excel文件没有，可能是XML实体膨胀攻击），已拒收"));
        cases.add(file(
                "ten million ledger rows",
                "410711.xlsx",
                HostileFiles::tenMillionRows,
                true,
                "工作表「项目台账」超过 300000 行的上限，已拒收"));
        cases.add(file(
                "a package stuffed with parts",
                "410711.xlsx",
                HostileFiles::tooManyParts,
                false,
                "文件包含的部件超过 1000 个，不是正常的Excel工作簿，已拒收"));
        // ---- sheets, headers, template
        String keep = "，应使用统一模板填报，工作表名称不要改动";
        cases.add(new Case(
                "no ledger sheet",
                "410711.xlsx",
                f -> TestWorkbook.goodReturn().removeSheet(LEDGER).write(f, Format.XLSX),
                true,
                LEDGER,
                null,
                null,
                null,
                "缺少工作表「项目台账」（现有工作表：封面、工作指标、填报说明）" + keep));
        cases.add(new Case(
                "no activity sheet",
                "410711.xls",
                f -> TestWorkbook.goodReturn().removeSheet(ACTIVITY).write(f, Format.XLS),
                true,
                ACTIVITY,
                null,
                null,
                null,
                "缺少工作表「工作指标」（现有工作表：封面、项目台账、填报说明）" + keep));
        cases.add(new Case(
                "no cover sheet",
                "410711.xlsx",
                f -> TestWorkbook.goodReturn().removeSheet(COVER).write(f, Format.XLSX),
                false,
                COVER,
                null,
                null,
                null,
                "缺少工作表「封面」（现有工作表：项目台账、工作指标、填报说明）" + keep));
        cases.add(spoil(
                "a ledger column deleted",
                wb -> {
                    for (int r = 0; r < 4; r++) {
                        wb.set(LEDGER, "D" + (r + 1), null);
                    }
                },
                LEDGER,
                "第1行",
                ReturnTemplate.INVESTOR_SOURCE,
                null,
                "表头缺少“投资方来源”列，应按模板保留该列"));
        cases.add(spoil(
                "no header at all",
                wb -> {
                    wb.clearRow(LEDGER, 0).set(LEDGER, "A1", "本月项目情况");
                },
                LEDGER,
                null,
                null,
                null,
                "前10行中找不到表头，应有“" + String.join("”“", ReturnTemplate.ledgerHeaders()) + "”等列，请使用统一模板填报"));
        cases.add(spoil(
                "a money header without its unit",
                wb -> wb.set(LEDGER, "H1", "合同投资额"),
                LEDGER,
                "H1",
                "合同投资额",
                "合同投资额",
                "表头应注明金额单位，应为“合同投资额(亿元)”或“合同投资额(万元)”"));
        cases.add(spoil(
                "a money header in yuan",
                Format.XLS,
                wb -> wb.set(LEDGER, "J1", "累计到位资金(元)"),
                LEDGER,
                "J1",
                "累计到位资金",
                "累计到位资金(元)",
                "表头应注明金额单位，应为“累计到位资金(亿元)”或“累计到位资金(万元)”"));
        cases.add(spoil(
                "an old template version",
                wb -> wb.set(ReturnTemplate.INSTRUCTIONS_SHEET, "B1", "ZSYZ-RETURN-0"),
                ReturnTemplate.INSTRUCTIONS_SHEET,
                "B1",
                "模板版本",
                "ZSYZ-RETURN-0",
                "模板版本不符，应为 ZSYZ-RETURN-1（月报表模板），请下载最新模板重新填报"));
        // ---- the cover
        cases.add(new Case(
                "a unit code not in the year's list",
                "419999.xlsx",
                f -> {
                    TestWorkbook wb = TestWorkbook.goodReturn().set(COVER, "B1", "419999");
                    return wb.write(f, Format.XLSX);
                },
                false,
                COVER,
                "B1",
                "单位代码",
                "419999",
                "单位代码不在2024年考核单位名单中，应填写年度目标任务书中本单位的代码"));
        cases.add(new Case(
                "no unit code",
                "牧野区3月.xlsx",
                f -> TestWorkbook.goodReturn().set(COVER, "B1", null).write(f, Format.XLSX),
                false,
                COVER,
                "B1",
                "单位代码",
                null,
                "必填项为空，应填写单位代码"));
        cases.add(new Case(
                "a malformed unit code",
                "牧野区3月.xls",
                f -> TestWorkbook.goodReturn().set(COVER, "B1", "4107/11").write(f, Format.XLS),
                false,
                COVER,
                "B1",
                "单位代码",
                "4107/11",
                "单位代码格式不对，应为1—20位字母、数字、下划线或连字符，如 410711"));
        cases.add(spoil(
                "another period on the cover",
                wb -> wb.set(COVER, "B3", "2024-02"),
                COVER,
                "B3",
                "报告期",
                "2024-02",
                "报告期为 2024-02，与本次报送期 2024-03 不一致，应为 2024-03（报表放在 2024-03 的收件箱中）"));
        cases.add(spoil(
                "a period nobody can read",
                wb -> wb.set(COVER, "B3", "三月份"),
                COVER,
                "B3",
                "报告期",
                "三月份",
                "无法识别报告期，应填写如 2024-03 或 2024年3月"));
        cases.add(new Case(
                "a file named for another unit",
                "410782.xlsx",
                f -> TestWorkbook.goodReturn().write(f, Format.XLSX),
                true,
                COVER,
                "B1",
                "单位代码",
                "410711",
                "封面单位代码与文件名中的单位代码“410782”不一致，应核对是否交错了文件"));
        // ---- ledger cells
        cases.add(spoil(
                "an amount in words",
                wb -> wb.set(LEDGER, "H2", "五亿"),
                LEDGER,
                "H2",
                "合同投资额",
                "五亿",
                "不是数字，应填写以亿元为单位的数字（不要带单位或文字）"));
        cases.add(spoil(
                "a negative amount",
                wb -> wb.set(LEDGER, "J2", -3),
                LEDGER,
                "J2",
                "累计到位资金",
                "-3",
                "不能为负数，应填写不小于0的数字（单位：亿元）"));
        cases.add(spoil(
                "an impossible date",
                wb -> wb.set(LEDGER, "G2", "2024-02-30"),
                LEDGER,
                "G2",
                "签约日期",
                "2024-02-30",
                "不是有效日期，应填写如 2024-03-05、2024/3/5 或 2024年3月5日 的日期"));
        cases.add(spoil(
                "started before it was signed",
                wb -> wb.set(LEDGER, "I2", LocalDate.of(2024, 1, 5)),
                LEDGER,
                "I2",
                "开工日期",
                "2024-01-05",
                "开工日期早于签约日期（2024-01-10），应不早于签约日期"));
        cases.add(spoil(
                "a date in the future",
                Format.XLS,
                wb -> wb.set(LEDGER, "G3", LocalDate.of(2024, 4, 2)),
                LEDGER,
                "G3",
                "签约日期",
                "2024-04-02",
                "日期晚于报告期末（2024-03-31），不能填写未来日期，应不晚于 2024-03-31"));
        cases.add(spoil(
                "a date before 1990",
                wb -> wb.set(LEDGER, "G2", "1024-01-10"),
                LEDGER,
                "G2",
                "签约日期",
                "1024-01-10",
                "日期早于 1990-01-01，应为实际的签约日期，请核对年份"));
        cases.add(spoil(
                "a source outside the list",
                wb -> wb.set(LEDGER, "D2", "外省"),
                LEDGER,
                "D2",
                "投资方来源",
                "外省",
                "不在可选范围内，应为以下之一：市内、市外省内、省外、境外（可用下拉列表选择）"));
        cases.add(spoil(
                "an industry outside the list",
                Format.XLS,
                wb -> wb.set(LEDGER, "E2", "制造业"),
                LEDGER,
                "E2",
                "产业类别",
                "制造业",
                "不在可选范围内，应为以下之一：工业、商贸物流、农业、房地产、现代服务业、文旅康养、其他（可用下拉列表选择）"));
        cases.add(spoil(
                "a status outside the list",
                wb -> wb.set(LEDGER, "F2", "已投产"),
                LEDGER,
                "F2",
                "项目状态",
                "已投产",
                "不在可选范围内，应为以下之一：在谈、已签约、已开工、已竣工、已终止（可用下拉列表选择）"));
        cases.add(spoil(
                "no project name", wb -> wb.set(LEDGER, "B2", null), LEDGER, "B2", "项目名称", null, "必填项为空，应填写项目全称"));
        cases.add(spoil(
                "no investor",
                Format.XLS,
                wb -> wb.set(LEDGER, "C3", "   "),
                LEDGER,
                "C3",
                "投资方",
                null,
                "必填项为空，应填写投资主体全称"));
        cases.add(spoil(
                "no project number",
                wb -> wb.set(LEDGER, "A3", null),
                LEDGER,
                "A3",
                "项目编号",
                null,
                "必填项为空，应填写本单位内唯一、逐月不变的项目编号"));
        cases.add(spoil(
                "signed without a signing date",
                wb -> wb.set(LEDGER, "G3", null),
                LEDGER,
                "G3",
                "签约日期",
                null,
                "项目状态为“已签约”，应填写签约日期"));
        cases.add(spoil(
                "started without a contract amount",
                wb -> wb.set(LEDGER, "H2", null),
                LEDGER,
                "H2",
                "合同投资额",
                null,
                "项目状态为“已开工”，应填写合同投资额（亿元）"));
        cases.add(spoil(
                "started without a start date",
                wb -> wb.set(LEDGER, "I2", null),
                LEDGER,
                "I2",
                "开工日期",
                null,
                "项目状态为“已开工”，应填写开工日期"));
        cases.add(spoil(
                "a duplicate project number",
                wb -> wb.set(LEDGER, "A3", "XM-001"),
                LEDGER,
                "A3",
                "项目编号",
                "XM-001",
                "项目编号重复（与 A2 相同），同一单位的项目编号应唯一"));
        cases.add(spoil(
                "this year's funds above the total",
                wb -> wb.set(LEDGER, "K2", 4),
                LEDGER,
                "K2",
                "本年到位资金",
                "4",
                "本年到位资金大于累计到位资金（3），应不大于累计到位资金"));
        cases.add(spoil(
                "foreign funds on a domestic project",
                wb -> wb.set(LEDGER, "L2", 50),
                LEDGER,
                "L2",
                "本年到位外资(万美元)",
                "50",
                "投资方来源为“省外”，本年到位外资仅限境外项目填写，应留空或改投资方来源为“境外”"));
        cases.add(spoil(
                "a yes/no field with Y",
                wb -> wb.set(LEDGER, "M2", "Y"),
                LEDGER,
                "M2",
                "是否履约",
                "Y",
                "应填写“是”或“否”（不填视为“是”）"));
        cases.add(spoil(
                "a formula never calculated",
                wb -> wb.set(LEDGER, "J2", new Formula("H2*0.6", null)),
                LEDGER,
                "J2",
                "累计到位资金",
                "(未计算的公式)",
                "单元格是没有计算结果的公式，应在Excel或WPS中重新计算（F9）后保存，或直接填写数值"));
        cases.add(spoil(
                "an Excel error value",
                Format.XLS,
                wb -> wb.set(LEDGER, "K2", new ErrorValue(FormulaError.DIV0)),
                LEDGER,
                "K2",
                "本年到位资金",
                "#DIV/0!",
                "单元格是Excel错误值#DIV/0!，应修正公式或直接填写数值"));
        cases.add(spoil(
                "a project number too long",
                wb -> wb.set(LEDGER, "A2", "X".repeat(60)),
                LEDGER,
                "A2",
                "项目编号",
                "X".repeat(60),
                "超过 50 个字（现有 60 个字），应不超过 50 个字"));
        cases.add(spoil(
                "an absurd amount",
                wb -> wb.set(LEDGER, "H2", new BigDecimal("1E15")),
                LEDGER,
                "H2",
                "合同投资额",
                "1000000000000000",
                "数值过大，应填写以亿元为单位的金额"));
        cases.add(spoil(
                "an amount finer than a yuan",
                wb -> wb.set(LEDGER, "H2", "0.123456789"),
                LEDGER,
                "H2",
                "合同投资额",
                "0.123456789",
                "小数位数过多，金额应最多精确到元（亿元最多8位小数）"));
        // ---- 工作指标
        String trips = ReturnTemplate.TRIPS;
        cases.add(spoil(
                "a fractional count",
                wb -> wb.set(ACTIVITY, "B1", "3.5"),
                ACTIVITY,
                "B1",
                trips,
                "3.5",
                "应填写不小于0的整数（本年累计次数）"));
        cases.add(spoil(
                "a count in words",
                Format.XLS,
                wb -> wb.set(ACTIVITY, "B2", "十"),
                ACTIVITY,
                "B2",
                ReturnTemplate.LEADER_TRIPS,
                "十",
                "不是数字，应填写不小于0的整数"));
        cases.add(spoil(
                "no trips figure",
                wb -> wb.set(ACTIVITY, "B1", null),
                ACTIVITY,
                "B1",
                trips,
                null,
                "必填项为空，应填写本年1月至报告期末的累计数（整数，没有请填0）"));
        cases.add(spoil(
                "no trips row",
                wb -> wb.clearRow(ACTIVITY, 0),
                ACTIVITY,
                null,
                trips,
                null,
                "缺少“外出招商(批次)”一行，应在A列写“外出招商(批次)”、B列填写本年累计数"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aBadReturnIsRefusedWithItsCellAndReasonAndNothingElseIsStored(Case bad) throws Exception {
        java.nio.file.Files.createDirectories(inbox(PERIOD));
        Path file = bad.maker().make(inbox(PERIOD).resolve(bad.fileName()));
        Map<String, Integer> before = counts();

        ImportOutcome outcome = importFile(file, PERIOD);

        assertThat(outcome.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(outcome.issues())
                .filteredOn(ImportIssue::isError)
                .contains(new ImportIssue(
                        ImportIssue.Severity.ERROR, bad.sheet(), bad.cell(), bad.field(), bad.value(), bad.message()));
        assertThat(outcome.errors()).isEqualTo((int)
                outcome.issues().stream().filter(ImportIssue::isError).count());
        Map<String, Integer> after = counts();
        assertThat(after.get("ledger_project")).isEqualTo(before.get("ledger_project"));
        assertThat(after.get("activity_figure")).isEqualTo(before.get("activity_figure"));
        assertThat(after.get("assessed_unit")).isEqualTo(before.get("assessed_unit"));
        if (bad.attributed()) {
            assertThat(after.get("return_submission")).isEqualTo(before.get("return_submission") + 1);
            assertThat(after.get("submission_issue"))
                    .isEqualTo(before.get("submission_issue") + outcome.issues().size());
            Map<String, Object> stored = jdbc.queryForMap(
                    "SELECT status, row_count, error_count FROM return_submission "
                            + "WHERE unit_code = ? AND period = ?",
                    outcome.unitCode(),
                    PERIOD.toString());
            assertThat(stored)
                    .containsEntry("status", "REJECTED")
                    .containsEntry("row_count", 0)
                    .containsEntry("error_count", outcome.errors());
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM submission_issue WHERE message = ?", Integer.class, bad.message()))
                    .isEqualTo(1);
        } else {
            assertThat(outcome.unitCode()).isNull();
            assertThat(after).isEqualTo(before);
        }
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasAtLeastFortyCases() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
        assertThat(corpus().map(Case::name).distinct().count()).isEqualTo(corpus().count());
    }
}
