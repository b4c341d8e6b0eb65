package org.zsyz.scorecard.store.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class ProgressMapperTests {

    static final YearMonth DEC_2013 = YearMonth.of(2013, 12);

    @Autowired
    ProgressMapper progress;

    @Autowired
    JdbcTemplate jdbc;

    void submission(String unit, String period, int rows) {
        jdbc.update(
                "INSERT INTO return_submission (unit_code, period, version_no, file_name, sha256, submitted_at, "
                        + "status, late, row_count, error_count, warning_count, source) VALUES (?, ?, 1, ?, ?, ?, 'ACCEPTED', "
                        + "FALSE, ?, 0, 0, 'INBOX')",
                unit,
                period,
                unit + ".xlsx",
                "0".repeat(64),
                Timestamp.valueOf(LocalDateTime.of(2014, 1, 3, 10, 0)),
                rows);
    }

    @Test
    void anImportIsCountedFromWhereItStarted() {
        submission("410711", "2013-12", 4);
        long start = progress.lastSubmissionId();
        submission("410782", "2013-12", 2);
        submission("410721", "2013-12", 1);
        submission("410721", "2013-11", 9);

        assertThat(start).isPositive();
        assertThat(progress.importedSince(DEC_2013, start)).isEqualTo(new ImportTally(2, 3));
        assertThat(progress.importedSince(DEC_2013, 0)).isEqualTo(new ImportTally(3, 7));
        assertThat(progress.importedSince(YearMonth.of(2014, 1), 0)).isEqualTo(new ImportTally(0, 0));
    }

    @Test
    void unitsAndScoresAreCounted() {
        jdbc.update("INSERT INTO assessment_group (assess_year, group_name, display_order) VALUES (2013, '城区', 1)");
        jdbc.update("INSERT INTO assessed_unit (assess_year, unit_code, unit_name, group_name, ranked, display_order) "
                + "VALUES (2013, '410711', '牧野区', '城区', TRUE, 1)");
        jdbc.update(
                "INSERT INTO unit_score (period, unit_code, unit_name, group_name, ranked, report_status, base_score, "
                        + "bonus, deduction, total_score, grade, group_size, first_streak) VALUES ('2013-12', '410711', '牧野区', "
                        + "'城区', TRUE, 'REPORTED', 90, 0, 0, 90, '优秀', 1, 0)");

        assertThat(progress.countUnits(2013)).isOne();
        assertThat(progress.countUnits(2014)).isZero();
        assertThat(progress.countUnitScores(DEC_2013)).isOne();
        assertThat(progress.countUnitScores(YearMonth.of(2013, 11))).isZero();
    }
}
