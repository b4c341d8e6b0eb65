package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.returns.ReturnTemplate;

/**
 * The launcher's hidden training run (scripts/scorecard archives the classes it loads): on an empty folder it lists
 * the jobs, which starts both the quick and the whole application, and writes both template workbooks with POI.
 * Users never see it.
 */
class TrainingCommandTests {

    @TempDir
    Path home;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        return ScorecardCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void listsTheJobsAndWritesBothTemplatesInOneRun() throws Exception {
        Path templates = home.resolve("templates");

        int exit = run("cds-training", "--out", templates.toString(), "--scorecard.home=" + home);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .startsWith("还没有任何作业记录。\n")
                .contains("已写出 2026 年目标任务书模板 → " + templates.resolve("targets.xlsx"));
        assertThat(SpringCommand.lastStart).isEqualTo(SpringCommand.Start.WHOLE);
        assertThat(templates.resolve("targets.xlsx")).isNotEmptyFile();
        try (var workbook =
                WorkbookFactory.create(templates.resolve("return.xlsx").toFile())) {
            Sheet ledger = workbook.getSheet(ReturnTemplate.LEDGER_SHEET);
            DataFormatter text = new DataFormatter();
            boolean found = false;
            for (Row row : ledger) {
                for (var cell : row) {
                    found |= text.formatCellValue(cell).equals("训练项目");
                }
            }
            assertThat(found).as("the training project in 项目台账").isTrue();
        }
    }

    @Test
    void isNotListedInTheHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("template").doesNotContain("cds-training");
    }
}
