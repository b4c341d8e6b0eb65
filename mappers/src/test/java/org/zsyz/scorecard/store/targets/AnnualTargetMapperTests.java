package org.zsyz.scorecard.store.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.testsupport.MapperTest;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.store.unit.AssessmentGroup;

@MapperTest
abstract class AnnualTargetMapperTests {

    @Autowired
    AnnualTargetMapper targets;

    @Autowired
    AssessedUnitMapper units;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void muyeDistrict() {
        units.insertGroup(new AssessmentGroup(2013, "城区", 1));
        units.insertUnit(new AssessedUnit(2013, "410711", "牧野区", "城区", true, 1));
    }

    @Test
    void targetsKeepTheirExactDecimalValue() {
        targets.insertTarget(new AnnualTarget(2013, "410711", Indicator.I1, new BigDecimal("19.8")));
        targets.insertTarget(new AnnualTarget(2013, "410711", Indicator.I3, new BigDecimal("2699")));

        BigDecimal stored = jdbc.queryForObject(
                "SELECT target_value FROM annual_target WHERE unit_code = '410711' AND indicator_code = 'I1'",
                BigDecimal.class);
        assertThat(stored).isEqualByComparingTo("19.8");

        assertThat(targets.findTargets(2013))
                .extracting(
                        AnnualTarget::indicator,
                        t -> t.targetValue().stripTrailingZeros().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Indicator.I1, "19.8"),
                        org.assertj.core.groups.Tuple.tuple(Indicator.I3, "2699"));
    }

    @Test
    void scheduleIsReadInMonthOrderAndDeletedByYear() {
        targets.insertScheduleProgress(new ScheduleProgress(2013, 2, new BigDecimal("0.15")));
        targets.insertScheduleProgress(new ScheduleProgress(2013, 1, new BigDecimal("0.05")));

        assertThat(targets.findSchedule(2013))
                .extracting(ScheduleProgress::monthNo)
                .containsExactly(1, 2);
        assertThat(targets.deleteScheduleOfYear(2013)).isEqualTo(2);
        assertThat(targets.findSchedule(2013)).isEmpty();
    }

    @Test
    void importsAreRecordedWithTheirHash() {
        String sha = "a".repeat(64);
        targets.insertImport(
                new TargetImport(null, 2013, "目标任务书.xlsx", sha, LocalDateTime.of(2013, 1, 10, 9, 30), 1, 2));

        assertThat(jdbc.queryForObject("SELECT file_name FROM target_import WHERE sha256 = ?", String.class, sha))
                .isEqualTo("目标任务书.xlsx");
        assertThat(targets.findImports(2013)).singleElement().satisfies(i -> {
            assertThat(i.id()).isNotNull();
            assertThat(i.importedAt()).isEqualTo(LocalDateTime.of(2013, 1, 10, 9, 30));
            assertThat(i.targetCount()).isEqualTo(2);
        });
    }
}
