package org.zsyz.scorecard.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * A bureau points the settings at its 仿宋 font file, and the file is not there: the run fails at publishing with
 * one message naming the family, the file and the setting — no PDF with empty boxes, no half publication.
 */
@ScorecardTest
@TestPropertySource(
        properties = {
            "scorecard.fonts.body-family=仿宋_GB2312",
            "scorecard.fonts.files[0].family=仿宋_GB2312",
            "scorecard.fonts.files[0].regular=/nonexistent/fonts/fangsong_GB2312.ttf"
        })
abstract class MissingFontTests {

    static final Path home = WorkingFolder.of(MissingFontTests.class);

    @Autowired
    ScorecardOperations operations;

    @Autowired
    DataSource dataSource;

    /** Leaves the database empty for the next build's tests (the mapper tests expect it so). */
    @AfterEach
    void emptyDatabaseAfterwards() {
        DatabaseCleaner.clean(dataSource);
    }

    @BeforeEach
    void emptyDatabaseAndFolders() throws Exception {
        DatabaseCleaner.clean(dataSource);
        MonthlyJobFunctionalTests.deleteTreeQuietly(home);
        Files.createDirectories(home);
    }

    @Test
    void theRunFailsWithAMessageNamingTheFontAndPublishesNothing() throws Exception {
        operations.importTargets(SpecExampleCity.writeTargets(home), 2013);
        SpecExampleCity.writeReturns(home.resolve("inbox").resolve("2013-12"));

        JobExecution run = operations.monthly(SpecExampleCity.PERIOD, null, false);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        // the returns were imported and assessed; publishing stopped before any scorecard was rendered
        assertThat(run.getStepExecutions())
                .filteredOn(s -> s.getStatus() == BatchStatus.FAILED)
                .extracting(StepExecution::getStepName)
                .containsExactly("renderUnitScorecards");
        assertThat(run.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .doesNotContain("renderBulletin", "publishOutputs");
        List<Throwable> failures = run.getAllFailureExceptions();
        assertThat(failures).isNotEmpty();
        assertThat(deepestMessage(failures.get(0)))
                .isEqualTo("PDF 字体不可用，请检查 scorecard.fonts 设置："
                        + "Font file /nonexistent/fonts/fangsong_GB2312.ttf for font family '仿宋_GB2312' does not exist or is "
                        + "not readable");
        assertThat(home.resolve("out").resolve("2013-12")).doesNotExist();
    }

    /** What the command line prints as the reason: the deepest message of the cause chain. */
    static String deepestMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
