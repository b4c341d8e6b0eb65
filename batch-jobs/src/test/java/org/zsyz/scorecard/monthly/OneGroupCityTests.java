package org.zsyz.scorecard.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.report.PdfText;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * A city whose targets workbook has one 考核组别, 城区, and no method file: the default method (whose own 红黑榜
 * entry is for 县市区) assesses and publishes it, with the default lists applied to 城区.
 */
@ScorecardTest
abstract class OneGroupCityTests {

    static final Path home = WorkingFolder.of(OneGroupCityTests.class);

    @Autowired
    ScorecardOperations operations;

    @Autowired
    AssessmentRulesSource rules;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aCityOfOneGroup() throws Exception {
        DatabaseCleaner.clean(dataSource);
        for (String folder : List.of("inbox", "archive", "rejected", "out")) {
            MonthlyJobFunctionalTests.deleteTree(home.resolve(folder));
        }
        Path targets = SpecExampleCity.writeTargets(home, "城区");
        assertThat(operations.importTargets(targets, 2013).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        SpecExampleCity.writeReturns(home.resolve("inbox").resolve("2013-12"));
    }

    @AfterEach
    void leaveNothingBehind() {
        DatabaseCleaner.clean(dataSource);
    }

    @Test
    void theDefaultMethodPublishesACityWithoutAGroupNamed县市区() throws Exception {
        assertThat(rules.forYear(2013).fromFile()).isFalse();

        JobExecution run = operations.monthly(SpecExampleCity.PERIOD, null, false);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM publication WHERE period = '2013-12'", Integer.class))
                .isEqualTo(1);
        // three ranked units in 城区: the default 1 red and 1 black, not 县市区's 2 red
        assertThat(jdbc.queryForList(
                        "SELECT list_mark FROM unit_score WHERE period = '2013-12' AND group_name = '城区' "
                                + "AND ranked = TRUE ORDER BY group_rank",
                        String.class))
                .containsExactly("RED", null, "BLACK");
        String bulletin = PdfText.text(home.resolve("out").resolve("2013-12").resolve("全市成绩单-2013-12.pdf"))
                .replaceAll("\\s", "");
        assertThat(bulletin).contains("各组前1名为红榜、末1名为黑榜").doesNotContain("县市区");
    }
}
