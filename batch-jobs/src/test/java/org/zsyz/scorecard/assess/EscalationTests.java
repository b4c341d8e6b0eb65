package org.zsyz.scorecard.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.domain.LadderStep;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The ladder climbed from stored indicator results of the year's months, under the year's method file. Runs on
 * H2 and MariaDB.
 */
@ScorecardTest
abstract class EscalationTests {

    static final Path home = WorkingFolder.of(EscalationTests.class);

    @Autowired
    DataSource dataSource;

    @Autowired
    EscalationService escalation;

    JdbcTemplate jdbc;

    @BeforeEach
    void noResultsAndNoMethodFile() throws Exception {
        DatabaseCleaner.clean(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        Files.deleteIfExists(home.resolve("rules").resolve(RulesYaml.fileName(2025)));
    }

    void band(String period, String unit, String indicator, String band) {
        jdbc.update(
                "INSERT INTO indicator_result (period, unit_code, indicator_code, colour_band) VALUES (?, ?, ?, ?)",
                period,
                unit,
                indicator,
                band);
    }

    @Test
    void theLadderClimbsFromTheStoredMonthsUnderTheYearsMethod() throws Exception {
        // 419921: yellow in July and August (→ red in August), red in September (the second red month).
        band("2025-07", "419921", "I1", "YELLOW");
        band("2025-07", "419921", "I2", "LIGHT_GREEN");
        band("2025-08", "419921", "I3", "YELLOW");
        band("2025-09", "419921", "I1", "RED");
        band("2025-09", "419921", "I2", "YELLOW");
        // 419922: yellow in September only; 419923: red in 2024 December (another year) and green since.
        band("2025-09", "419922", "I4", "YELLOW");
        band("2024-12", "419923", "I1", "RED");
        band("2025-09", "419923", "I1", "GREEN");

        EscalationService.Ladder sep = escalation.ladder(YearMonth.of(2025, 9));
        assertThat(sep.rules()).isEqualTo(Escalation.defaults());
        assertThat(sep.of("419921")).isEqualTo(new EscalationLadder.Rung(LadderStep.RED, LadderStep.RED, 0, 2));
        assertThat(sep.of("419922")).isEqualTo(new EscalationLadder.Rung(LadderStep.YELLOW, LadderStep.YELLOW, 1, 0));
        assertThat(sep.of("419923").step()).isEqualTo(LadderStep.GREEN);
        assertThat(sep.interviews()).isEmpty();
        assertThat(escalation.ladder(YearMonth.of(2025, 8)).of("419921").step()).isEqualTo(LadderStep.RED);
        assertThat(escalation.ladder(YearMonth.of(2025, 7)).of("419921").step()).isEqualTo(LadderStep.YELLOW);
        assertThat(escalation.ladderOf(YearMonth.of(2025, 9), "419921").of("419921"))
                .isEqualTo(sep.of("419921"));
        assertThat(escalation.ladderOf(YearMonth.of(2025, 9), "419921").rungs()).containsOnlyKeys("419921");

        // October red again: the third red month in a row → 约谈.
        band("2025-10", "419921", "I6", "RED");
        assertThat(escalation.ladder(YearMonth.of(2025, 10)).interviews()).containsExactly("419921");

        // The year's method says two red months are enough: September is already 约谈.
        Path rules = Files.createDirectories(home.resolve("rules"));
        Files.writeString(
                rules.resolve(RulesYaml.fileName(2025)),
                DefaultMethod.text(2025) + "\nescalation:\n  red_months_to_interview: 2\n");
        EscalationService.Ladder strict = escalation.ladder(YearMonth.of(2025, 9));
        assertThat(strict.rules()).isEqualTo(new Escalation(2, 2));
        assertThat(strict.of("419921").step()).isEqualTo(LadderStep.INTERVIEW);
        assertThat(strict.interviews()).containsExactly("419921");
    }
}
