package org.zsyz.scorecard.store.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.domain.Grade;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class UnitStandingMapperTests {

    @Autowired
    UnitStandingMapper standings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @BeforeEach
    void emptyDatabase() {
        DatabaseCleaner.clean(dataSource);
    }

    void assessed(String period, LocalDateTime at, String unit, String total, Integer rank, Long submissionId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM assessment_run WHERE period = ?", Integer.class, period) == 0) {
            jdbc.update(
                    "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES "
                            + "(?, ?, 'rules.yml', ?)",
                    period,
                    at,
                    "a".repeat(64));
        }
        jdbc.update(
                "INSERT INTO unit_score (period, unit_code, unit_name, group_name, ranked, submission_id, "
                        + "report_status, base_score, bonus, deduction, total_score, grade, group_rank, group_size, "
                        + "rank_change, first_streak) VALUES (?, ?, '牧野区', '城区', TRUE, ?, ?, ?, 0, 0, ?, '良好', ?, 5, '-', 0)",
                period,
                unit,
                submissionId,
                submissionId == null ? "MISSING" : "REPORTED",
                new BigDecimal(total),
                new BigDecimal(total),
                rank);
    }

    void published(String period, int revision, LocalDateTime at) {
        jdbc.update(
                "INSERT INTO publication (period, revision, published_at, folder, manifest_sha256, file_count) "
                        + "VALUES (?, ?, ?, 'out', ?, 3)",
                period,
                revision,
                at,
                "b".repeat(64));
    }

    @Test
    void onlyPublishedPeriodsOfTheUnitNewestFirstWithTheirNewestRevision() {
        assessed("2025-07", LocalDateTime.of(2025, 8, 6, 2, 0), "410711", "81.25", 4, 11L);
        assessed("2025-07", LocalDateTime.of(2025, 8, 6, 2, 0), "410702", "70.00", 5, 12L);
        published("2025-07", 0, LocalDateTime.of(2025, 8, 6, 2, 5));
        published("2025-07", 1, LocalDateTime.of(2025, 8, 9, 2, 5));
        assessed("2025-08", LocalDateTime.of(2025, 9, 10, 2, 0), "410711", "90.50", null, null);
        published("2025-08", 0, LocalDateTime.of(2025, 9, 6, 2, 5)); // assessed again after it
        assessed("2025-09", LocalDateTime.of(2025, 10, 6, 2, 0), "410711", "99.00", 1, 13L); // not published

        var rows = standings.findPublished("410711", 24);

        assertThat(rows).extracting(UnitStanding::period).containsExactly(YearMonth.of(2025, 8), YearMonth.of(2025, 7));
        UnitStanding july = rows.get(1);
        assertThat(july.totalScore()).isEqualByComparingTo("81.25");
        assertThat(july.groupRank()).isEqualTo(4);
        assertThat(july.groupSize()).isEqualTo(5);
        assertThat(july.submissionId()).isEqualTo(11L);
        assertThat(july.revision()).isEqualTo(1);
        assertThat(july.publishedAt()).isEqualTo(LocalDateTime.of(2025, 8, 9, 2, 5));
        assertThat(july.asPublished()).isTrue();
        UnitStanding august = rows.get(0);
        assertThat(august.groupRank()).isNull();
        assertThat(august.reportStatus()).isEqualTo(ReportStatus.MISSING);
        assertThat(july.grade()).isEqualTo(Grade.GOOD);
        assertThat(august.asPublished())
                .as("assessed again after its publication")
                .isFalse();

        assertThat(standings.findOne("410711", YearMonth.of(2025, 9)).publishedAt())
                .isNull();
        assertThat(standings.findOne("410711", YearMonth.of(2025, 6))).isNull();
        assertThat(standings.findPublished("410711", 1)).hasSize(1);
    }

    @Test
    void theUnitsNameOfTheNewestYearAndTheYearsUnitCount() {
        jdbc.update("INSERT INTO assessment_group (assess_year, group_name, display_order) VALUES (2024, '城区', 1), "
                + "(2025, '城区', 1)");
        jdbc.update("INSERT INTO assessed_unit (assess_year, unit_code, unit_name, group_name, ranked, display_order) "
                + "VALUES (2024, '410711', '牧野区（旧）', '城区', TRUE, 1), (2025, '410711', '牧野区', '城区', TRUE, 1), "
                + "(2025, '410702', '红旗区', '城区', TRUE, 2)");

        assertThat(standings.latestUnitName("410711")).isEqualTo("牧野区");
        assertThat(standings.latestUnitName("999999")).isNull();
        assertThat(standings.countUnitsOfYear(2025)).isEqualTo(2);
        assertThat(standings.countUnitsOfYear(2026)).isZero();
    }
}
