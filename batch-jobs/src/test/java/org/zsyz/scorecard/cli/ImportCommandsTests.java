package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.returns.ReturnTemplate;
import org.zsyz.scorecard.returns.TestWorkbook;
import org.zsyz.scorecard.returns.WorkbookProbe;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.targets.TargetsTemplate;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;
import org.zsyz.scorecard.targets.UnitTargets;

/** The template and import commands as the bureau runs them, on an embedded database of their own. */
class ImportCommandsTests {

    private static final AtomicInteger databases = new AtomicInteger();

    @TempDir
    Path home;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    final String database = "--spring.datasource.url=jdbc:h2:mem:cli-import-" + databases.incrementAndGet()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args), java.util.stream.Stream.of(database, "--scorecard.home=" + home))
                .toArray(String[]::new);
        return ScorecardCommand.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    Path targets() throws Exception {
        Path file = home.resolve("targets-2024.xlsx");
        new TargetsWorkbookWriter()
                .write(
                        new TargetsWorkbook(
                                2024,
                                List.of(
                                        new UnitTargets(
                                                "410711",
                                                "牧野区",
                                                "城区",
                                                true,
                                                Map.of(Indicator.I1, new BigDecimal("19.8"))),
                                        new UnitTargets("410782", "辉县市", "县市区", true, Map.of()))),
                        file);
        return file;
    }

    @Test
    void theBlankTargetsTemplateIsWrittenWithoutADatabase() throws Exception {
        Path file = home.resolve("目标任务书-2026.xlsx");

        assertThat(run("template", "targets", "--year", "2026", "--out", file.toString()))
                .isZero();

        assertThat(out.toString()).contains("已写出 2026 年目标任务书模板");
        try (XSSFWorkbook wb = WorkbookProbe.open(file)) {
            assertThat(WorkbookProbe.sheetNames(wb)).containsExactly("考核单位", "年度目标", "序时进度", "填报说明");
            Sheet instructions = wb.getSheet(TargetsTemplate.INSTRUCTIONS_SHEET);
            assertThat(WorkbookProbe.rowTexts(instructions, 0)).containsExactly("模板版本", "ZSYZ-TARGETS-1");
            assertThat(WorkbookProbe.rowTexts(instructions, 1)).containsExactly("年度", "2026");
        }
    }

    @Test
    void anUnknownUnitGetsAClearRefusal() throws Exception {
        assertThat(run("import-targets", targets().toString())).isZero();

        int code = run(
                "template",
                "return",
                "--period",
                "2024-03",
                "--unit",
                "419999",
                "--out",
                home.resolve("x.xlsx").toString());

        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().strip()).isEqualTo("scorecard: 单位代码 419999 不在 2024 年考核单位名单中（共 2 个考核单位，如 410711 牧野区）");
        assertThat(home.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void theReturnTemplateCarriesTheLedgerOfTheLatestAcceptedReturnAndImportsBack() throws Exception {
        assertThat(run("import-targets", targets().toString())).isZero();
        Path inbox = home.resolve("inbox").resolve("2024-03");
        Path march = TestWorkbook.goodReturn().write(inbox.resolve("410711.xlsx"), TestWorkbook.Format.XLSX);
        Files.setLastModifiedTime(
                march,
                FileTime.from(LocalDateTime.of(2024, 4, 3, 9, 0)
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant()));
        TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B1", "410782")
                .set(ReturnTemplate.COVER_SHEET, "B2", "辉县")
                .set(ReturnTemplate.LEDGER_SHEET, "F2", "已投产")
                .write(inbox.resolve("410782.xlsx"), TestWorkbook.Format.XLSX);

        assertThat(run("import-returns", "--period", "2024-03")).isEqualTo(ExitCodes.OK);
        String table = out.toString();
        assertThat(table).containsPattern("410711\\.xlsx\\s+410711 牧野区\\s+1\\s+已接收\\s+3\\s+0\\s+0");
        assertThat(table).containsPattern("410782\\.xlsx\\s+410782 辉县市\\s+1\\s+已退回\\s+0\\s+1\\s+1");
        assertThat(table)
                .contains(
                        "共 2 个文件，接收 1 个。",
                        "410782.xlsx 被退回（1 处错误，1 处提示）：\n" + "  【错误】410782.xlsx 工作表「项目台账」 F2（项目状态） 值“已投产”：不在可选范围内",
                        "  【提示】410782.xlsx 工作表「封面」 B2（单位名称） 值“辉县”：单位名称与考核单位名单中的“辉县市”不一致，已按单位代码识别");
        assertThat(home.resolve("rejected").resolve("2024-03").resolve("410782-错误清单.xlsx"))
                .exists();

        Path april = home.resolve("410711-2024-04.xlsx");
        assertThat(run("template", "return", "--period", "2024-04", "--unit", "410711", "--out", april.toString()))
                .isZero();
        assertThat(out.toString()).contains("已写出 410711 牧野区 2024-04 月报表模板，预填 2024-03 第1版台账 3 个项目");
        try (XSSFWorkbook wb = WorkbookProbe.open(april)) {
            Sheet ledger = wb.getSheet(ReturnTemplate.LEDGER_SHEET);
            assertThat(WorkbookProbe.columnTexts(ledger, 0, 1, 3)).containsExactly("XM-001", "XM-002", "XM-003");
            assertThat(ledger.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(3.0);
            assertThat(WorkbookProbe.rowTexts(wb.getSheet(ReturnTemplate.COVER_SHEET), 2))
                    .containsExactly("报告期", "2024-04");
            // the unit fills 工作指标 and sends it back unchanged otherwise
            wb.getSheet(ReturnTemplate.ACTIVITY_SHEET).getRow(0).getCell(1).setCellValue(7);
            Path aprilInbox = home.resolve("inbox").resolve("2024-04").resolve("410711.xlsx");
            Files.createDirectories(aprilInbox.getParent());
            try (OutputStream os = Files.newOutputStream(aprilInbox)) {
                wb.write(os);
            }
        }
        assertThat(run("import-returns", "--period", "2024-04")).isZero();
        assertThat(out.toString()).containsPattern("410711\\.xlsx\\s+410711 牧野区\\s+1\\s+已接收（逾期）\\s+3\\s+0\\s+0");
    }

    @Test
    void aRejectedTargetsWorkbookGetsItsErrorWorkbookBesideIt() throws Exception {
        Path file = targets();
        secondUnitCode(file, "410711");

        assertThat(run("import-targets", file.toString())).as(out + "\n" + err).isEqualTo(ExitCodes.FAILED);

        assertThat(err.toString())
                .contains(
                        "targets-2024.xlsx 未导入，2024 年原有目标不变。发现 2 处错误：",
                        "【错误】targets-2024.xlsx 工作表「考核单位」 A3（单位代码） 值“410711”：单位代码重复（与 A2 相同），每个考核单位只应列一行",
                        "错误清单：" + home.resolve("targets-2024-错误清单.xlsx"));
        assertThat(home.resolve("targets-2024-错误清单.xlsx")).exists();

        // the refusal is recorded as such: its reason in the history, and nothing for restart to resume
        assertThat(run("jobs")).isZero();
        assertThat(out.toString())
                .containsPattern("importTargets +2024 +FAILED .*targets-2024\\.xlsx：发现 2 处错误，2024年目标未导入")
                .doesNotContain("Exception");
        assertThat(run("restart")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("没有需要继续的作业").doesNotContain("继续运行 importTargets");
        Matcher id = Pattern.compile("(?m)^ *(\\d+) +importTargets").matcher(runJobs());
        assertThat(id.find()).isTrue();
        assertThat(run("restart", id.group(1))).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString())
                .contains(
                        "2024 年目标任务书（importTargets 执行 #" + id.group(1) + "）已被拒绝（targets-2024.xlsx：发现 2 处错误",
                        "没有可继续的：改正后重新导入");

        // the same command with the workbook corrected imports it
        secondUnitCode(file, "410782");
        assertThat(run("import-targets", file.toString())).as(out + "\n" + err).isZero();
    }

    /** Sets the code of the workbook's second unit (考核单位 A3). */
    private static void secondUnitCode(Path file, String code) throws Exception {
        try (XSSFWorkbook wb = WorkbookProbe.open(file)) {
            // a new cell: POI cannot overwrite an inline-string cell in place (it keeps the old inline text)
            var row = wb.getSheet(TargetsTemplate.UNITS_SHEET).getRow(2);
            row.removeCell(row.getCell(0));
            row.createCell(0).setCellValue(code);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
    }

    private String runJobs() {
        assertThat(run("jobs")).isZero();
        return out.toString();
    }
}
