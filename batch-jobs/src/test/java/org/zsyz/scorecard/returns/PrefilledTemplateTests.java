package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.store.project.Industries;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * The template a unit downloads for next month carries this month's ledger: a 是否履约 or 是否500强 the unit typed
 * comes back as typed, and what it left blank comes back as the value that counted.
 */
abstract class PrefilledTemplateTests extends ImportTestBase {

    @Autowired
    ReturnTemplateService templates;

    /** Not the shared working folder, whose listing other import tests check. */
    @TempDir
    Path downloads;

    @Test
    void typedYesAndNoAreKeptInNextMonthsTemplate() throws Exception {
        Files.createDirectories(inbox(PERIOD));
        // XM-001 typed 是 / 否 (the defaults), XM-002 left both blank, XM-003 typed 否 / 是
        Path file = TestWorkbook.goodReturn()
                .set(ReturnTemplate.LEDGER_SHEET, "M4", "否")
                .set(ReturnTemplate.LEDGER_SHEET, "N4", "是")
                .write(inbox(PERIOD).resolve("410711.xlsx"), Format.XLSX);
        assertThat(importFile(file, PERIOD).accepted()).isTrue();

        YearMonth next = PERIOD.plusMonths(1);
        Path template = downloads.resolve("template-410711-" + next + ".xlsx");
        ReturnTemplateService.WrittenTemplate written = templates.write(TestWorkbook.UNIT, next, template);

        assertThat(written.projects()).isEqualTo(3);
        try (XSSFWorkbook wb = WorkbookProbe.open(template)) {
            Sheet ledger = wb.getSheet(ReturnTemplate.LEDGER_SHEET);
            assertThat(WorkbookProbe.rowTexts(ledger, 0).subList(12, 14))
                    .containsExactly(ReturnTemplate.FULFILLED, ReturnTemplate.FORTUNE500);
            assertThat(WorkbookProbe.columnTexts(ledger, 12, 1, 3)).containsExactly("是", "是", "否");
            assertThat(WorkbookProbe.columnTexts(ledger, 13, 1, 3)).containsExactly("否", "否", "是");
        }
        // and read back as the unit would return it unchanged, the same values count
        List<LedgerProject> reread = new ArrayList<>();
        new ReturnWorkbookReader(new WorkbookReader(ReadLimits.DEFAULT), Industries.DEFAULT)
                .read(template, 1, next, reread::add);
        assertThat(reread)
                .extracting(LedgerProject::projectNo, LedgerProject::fulfilled, LedgerProject::fortune500)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("XM-001", true, false),
                        org.assertj.core.groups.Tuple.tuple("XM-002", true, false),
                        org.assertj.core.groups.Tuple.tuple("XM-003", false, true));
    }
}
