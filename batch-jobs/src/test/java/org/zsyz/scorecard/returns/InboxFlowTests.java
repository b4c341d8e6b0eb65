package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.testsupport.TestDatabases;

/**
 * The importReturns job over a real inbox: filing, the error workbooks handed back, hostile names, and a
 * crash between a committed outcome and the file's move.
 */
abstract class InboxFlowTests extends ImportTestBase {

    @Autowired
    ScorecardOperations operations;

    @Autowired
    ImportOutcomes outcomes;

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    JdbcLedgerProjectWriter ledgerWriter;

    Path rejected() {
        return home.resolve("rejected").resolve(PERIOD.toString());
    }

    Path archive() {
        return home.resolve("archive").resolve(PERIOD.toString());
    }

    List<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyFileIsFiledWithItsOutcomeAndRejectedOnesGetTheirErrorWorkbook() throws Exception {
        Path inbox = inbox(PERIOD);
        TestWorkbook.goodReturn().write(inbox.resolve("410711.xlsx"), Format.XLSX);
        TestWorkbook hui = TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B1", "410782")
                .set(ReturnTemplate.COVER_SHEET, "B2", "辉县市")
                .set(ReturnTemplate.LEDGER_SHEET, "D2", "外省")
                .set(ReturnTemplate.LEDGER_SHEET, "H3", "两亿");
        hui.write(inbox.resolve("410782.xls"), Format.XLS);
        HostileFiles.renamedPdf(inbox.resolve("报表.xlsx"));
        // a name made to climb out of the folders (legal on Linux: backslashes are ordinary characters)
        HostileFiles.notASpreadsheet(inbox.resolve("报表\\..\\..\\..\\evil.xlsx"));
        Files.writeString(inbox.resolve("~$410711.xlsx"), "Excel's lock file"); // skipped
        for (Path file : InboxFileReader.waitingFiles(inbox)) {
            receivedAt(file, LocalDateTime.of(2024, 4, 3, 10, 0));
        }
        receivedAt(inbox.resolve("410711.xlsx"), LocalDateTime.of(2024, 4, 8, 10, 0));

        JobExecution run = operations.importReturns(PERIOD, null);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(outcomes.ofRun(run.getId()))
                .extracting(
                        ImportOutcome::fileName,
                        ImportOutcome::unitCode,
                        ImportOutcome::status,
                        ImportOutcome::rows,
                        ImportOutcome::errors,
                        ImportOutcome::late)
                .containsExactly(
                        tuple("410711.xlsx", "410711", SubmissionStatus.ACCEPTED, 3, 0, true),
                        tuple("410782.xls", "410782", SubmissionStatus.REJECTED, 0, 2, false),
                        tuple("报表.xlsx", null, SubmissionStatus.REJECTED, 0, 1, false),
                        tuple("报表\\..\\..\\..\\evil.xlsx", null, SubmissionStatus.REJECTED, 0, 1, false));
        // MariaDB (set up as the mysql profile does) takes the rows by LOAD DATA LOCAL INFILE where the server
        // allows local_infile (MariaDB's default); H2 by inserts
        try (Connection c = dataSource.getConnection()) {
            boolean mysql = c.getMetaData().getDatabaseProductName().equals("MySQL");
            assertThat(ledgerWriter.loadsData()).isEqualTo(mysql && TestDatabases.allowsLocalInfile(c));
        }
        assertThat(filesUnder(home))
                .containsExactly(
                        "archive/2024-03/410711.xlsx",
                        "inbox/2024-03/~$410711.xlsx",
                        "rejected/2024-03/410782-错误清单.xls",
                        "rejected/2024-03/410782.xls",
                        "rejected/2024-03/报表-错误清单.xlsx",
                        "rejected/2024-03/报表.xlsx",
                        "rejected/2024-03/报表_.._.._.._evil-错误清单.xlsx",
                        "rejected/2024-03/报表_.._.._.._evil.xlsx");
        // had the backslashes been taken for separators, these are where the file and its list would have gone
        for (Path folder : List.of(home.getParent(), home, home.resolve("rejected"), home.resolve("archive"))) {
            assertThat(folder.resolve("evil.xlsx")).doesNotExist();
            assertThat(folder.resolve("evil-错误清单.xlsx")).doesNotExist();
        }

        // the unit's own .xls comes back with the bad cells red and commented, and the list
        try (InputStream in = Files.newInputStream(rejected().resolve("410782-错误清单.xls"));
                Workbook marked = new HSSFWorkbook(in)) {
            Sheet ledger = marked.getSheet(ReturnTemplate.LEDGER_SHEET);
            Cell source = ledger.getRow(1).getCell(3);
            assertThat(source.getStringCellValue()).isEqualTo("外省");
            assertThat(source.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(source.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(source.getCellComment().getString().getString())
                    .isEqualTo("【错误】投资方来源：不在可选范围内，应为以下之一：市内、市外省内、省外、境外（可用下拉列表选择）");
            assertThat(ledger.getRow(2).getCell(7).getCellComment().getString().getString())
                    .isEqualTo("【错误】合同投资额：不是数字，应填写以亿元为单位的数字（不要带单位或文字）");
            assertThat(ledger.getRow(2).getCell(0).getCellComment()).isNull();
            Sheet list = marked.getSheet(ErrorWorkbookWriter.ERROR_SHEET);
            assertThat(marked.getActiveSheetIndex()).isEqualTo(marked.getSheetIndex(list));
            assertThat(list.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("共发现 2 处错误。出错的单元格已标红并加批注（提示为黄色）。请在各工作表中逐一修改后重新报送（本工作表可以不删）。");
            assertThat(WorkbookProbe.rowTexts(list, 2)).containsExactly("级别", "工作表", "单元格", "字段", "填写的值", "原因");
            assertThat(WorkbookProbe.rowTexts(list, 3))
                    .containsExactly("错误", "项目台账", "D2", "投资方来源", "外省", "不在可选范围内，应为以下之一：市内、市外省内、省外、境外（可用下拉列表选择）");
            assertThat(WorkbookProbe.rowTexts(list, 4))
                    .containsExactly("错误", "项目台账", "H3", "合同投资额", "两亿", "不是数字，应填写以亿元为单位的数字（不要带单位或文字）");
            assertThat(list.getRow(3).getCell(2).getHyperlink().getAddress()).isEqualTo("'项目台账'!D2");
        }
        // an unreadable file gets the list alone, saying why
        try (XSSFWorkbook list = WorkbookProbe.open(rejected().resolve("报表-错误清单.xlsx"))) {
            assertThat(WorkbookProbe.sheetNames(list)).containsExactly(ErrorWorkbookWriter.ERROR_SHEET);
            Sheet sheet = list.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("文件无法作为Excel工作簿读取，请按下表修改后重新报送。");
            assertThat(WorkbookProbe.rowTexts(sheet, 3))
                    .containsExactly("错误", "", "", "", "", "文件是PDF文档，不是Excel工作簿，请提交 .xlsx 或 .xls 格式的报表");
        }
    }

    @Test
    void aResubmittedErrorWorkbookIsMarkedAfreshWithoutItsOldMarks() throws Exception {
        TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, "D2", "外省")
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);
        JobExecution first = operations.importReturns(PERIOD, null);
        Path marked = rejected().resolve("410711-错误清单.xlsx");
        // the unit fixes D2 in the returned workbook but now breaks H3, and sends that workbook back
        Path resubmitted = inbox(PERIOD).resolve("410711.xlsx");
        try (XSSFWorkbook wb = WorkbookProbe.open(marked)) {
            Sheet ledger = wb.getSheet(ReturnTemplate.LEDGER_SHEET);
            ledger.getRow(1).getCell(3).setCellValue("省外");
            ledger.getRow(2).getCell(7).setCellValue("两亿");
            Files.createDirectories(resubmitted.getParent());
            try (var out = Files.newOutputStream(resubmitted)) {
                wb.write(out);
            }
        }

        JobExecution second = operations.importReturns(PERIOD, null);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(outcomes.ofRun(first.getId()))
                .extracting(ImportOutcome::versionNo, ImportOutcome::errors)
                .containsExactly(tuple(1, 1));
        assertThat(outcomes.ofRun(second.getId()))
                .extracting(ImportOutcome::versionNo, ImportOutcome::errors)
                .containsExactly(tuple(2, 1));
        try (XSSFWorkbook again = WorkbookProbe.open(rejected().resolve("410711-2-错误清单.xlsx"))) {
            assertThat(WorkbookProbe.sheetNames(again)).containsExactly("封面", "项目台账", "工作指标", "填报说明", "错误清单");
            Sheet ledger = again.getSheet(ReturnTemplate.LEDGER_SHEET);
            assertThat(ledger.getRow(1).getCell(3).getCellComment()).isNull();
            assertThat(ledger.getRow(2).getCell(7).getCellComment().getString().getString())
                    .startsWith("【错误】合同投资额：不是数字");
            assertThat(WorkbookProbe.rowTexts(again.getSheet("错误清单"), 3)).contains("H3");
        }
    }

    @Test
    void aCrashBetweenTheCommitAndTheMoveLosesNothingAndTheNextRunFinishes() throws Exception {
        Path inbox = inbox(PERIOD);
        TestWorkbook.goodReturn().write(inbox.resolve("410711.xlsx"), Format.XLSX);
        TestWorkbook.goodReturn()
                .set(ReturnTemplate.COVER_SHEET, "B1", "410782")
                .set(ReturnTemplate.COVER_SHEET, "B2", "辉县市")
                .write(inbox.resolve("410782.xlsx"), Format.XLSX);
        // the archive cannot be created: the move after the first commit fails, as a crash there would
        Files.createDirectories(home);
        Files.writeString(home.resolve("archive"), "in the way");

        JobExecution crashed = operations.importReturns(PERIOD, null);

        assertThat(crashed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(filesUnder(inbox)).containsExactly("410711.xlsx", "410782.xlsx");
        assertThat(submissions.findAllVersions(PERIOD))
                .extracting(ReturnSubmission::unitCode, ReturnSubmission::status)
                .containsExactly(tuple("410711", SubmissionStatus.ACCEPTED));

        Files.delete(home.resolve("archive"));
        JobExecution rerun = operations.importReturns(PERIOD, null);

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(rerun.getJobInstanceId()).isEqualTo(crashed.getJobInstanceId());
        assertThat(outcomes.ofRun(rerun.getId()))
                .extracting(ImportOutcome::fileName, ImportOutcome::identical, ImportOutcome::versionNo)
                .containsExactly(tuple("410711.xlsx", true, 1), tuple("410782.xlsx", false, 1));
        assertThat(filesUnder(inbox)).isEmpty();
        assertThat(filesUnder(archive())).containsExactly("410711.xlsx", "410782.xlsx");
        assertThat(submissions.findAllVersions(PERIOD))
                .extracting(ReturnSubmission::unitCode, ReturnSubmission::versionNo)
                .containsExactly(tuple("410711", 1), tuple("410782", 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_project", Integer.class))
                .isEqualTo(6);
    }
}
