package org.zsyz.scorecard.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.indicator.Indicator;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;

/** The benchmark scales: units are generated, not hand-made; checked without writing 3,780 or 59,850 files. */
class SampleScaleTest {

    @TempDir
    Path dir;

    @Test
    void provinceHas180UnitsInThreeGroupsWithTargetsThatWrite() throws IOException {
        SampleCityGenerator province = new SampleCityGenerator(SampleScale.PROVINCE, 1L);
        List<SampleUnit> units = province.units();
        assertThat(units).hasSize(180);
        assertThat(units).extracting(SampleUnit::code).allMatch(code -> code.matches("41\\d{4}")).doesNotHaveDuplicates();
        Map<String, Long> groups = units.stream()
                .collect(Collectors.groupingBy(SampleUnit::group, Collectors.counting()));
        assertThat(groups).isEqualTo(Map.of("县市区", 90L, "城区", 54L, "开发区", 36L));
        assertThat(units).filteredOn(u -> !u.ranked()).hasSize(9).allMatch(u -> u.group().equals("开发区"));
        assertThat(units).filteredOn(u -> u.noTarget().contains(Indicator.I3)).isNotEmpty();

        TargetsWorkbook targets = province.targets(2025);
        assertThat(targets.units()).hasSize(180);
        Path file = dir.resolve("targets.xlsx");
        new TargetsWorkbookWriter().write(targets, file);
        assertThat(ReturnFiles.readTargets(file).targets()).hasSize(180);

        SampleUnit first = units.get(0);
        assertThat(province.returns(first)).hasSize(21).containsKey(YearMonth.of(2025, 9));
    }

    @Test
    void nationHas2850UnitsWithLedgersOfAboutThreeHundredRows() {
        SampleCityGenerator nation = new SampleCityGenerator(SampleScale.NATION, SampleCityGenerator.DEFAULT_SEED);
        List<SampleUnit> units = nation.units();
        assertThat(units).hasSize(2_850);
        assertThat(units).extracting(SampleUnit::code).allMatch(code -> code.matches("\\d{6}")).doesNotHaveDuplicates();

        int rows = 0;
        int sampled = 0;
        for (int i = 0; i < units.size(); i += 150) {
            SampleUnit unit = units.get(i);
            ReturnWorkbook latest = nation.returns(unit).get(YearMonth.of(2025, 9));
            Set<String> numbers = new HashSet<>();
            LocalDate end = LocalDate.of(2025, 9, 30);
            for (LedgerRow p : latest.projects()) {
                assertThat(numbers.add(p.projectNo())).isTrue();
                if (p.signedOn() != null) {
                    assertThat(p.signedOn()).isBeforeOrEqualTo(end);
                    assertThat(p.fundsThisYear()).isLessThanOrEqualTo(p.fundsTotal());
                }
            }
            rows += latest.projects().size();
            sampled++;
        }
        assertThat(rows / sampled).as("mean ledger rows").isBetween(220, 380);
    }

    @Test
    void aDifferentLatestPeriodShiftsTheYears() {
        SampleCityGenerator generator = new SampleCityGenerator(SampleScale.CITY, SampleCityGenerator.DEFAULT_SEED,
                YearMonth.of(2026, 3));
        assertThat(generator.firstPeriod()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(generator.periods()).hasSize(15);
        assertThat(generator.missingPeriod()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(generator.targets(2025).schedule()).hasSize(12);
        assertThat(generator.targets(2026).schedule()).isEmpty();
        assertThat(generator.returns(generator.units().get(0))).containsKey(YearMonth.of(2026, 3))
                .doesNotContainKey(YearMonth.of(2026, 4));
    }
}
