package org.zsyz.scorecard.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.store.indicator.Indicator;
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
        assertThat(units)
                .extracting(SampleUnit::code)
                .allMatch(code -> code.matches("41\\d{4}"))
                .doesNotHaveDuplicates();
        Map<String, Long> groups =
                units.stream().collect(Collectors.groupingBy(SampleUnit::group, Collectors.counting()));
        assertThat(groups).isEqualTo(Map.of("县市区", 90L, "城区", 54L, "开发区", 36L));
        assertThat(units)
                .filteredOn(u -> !u.ranked())
                .hasSize(9)
                .allMatch(u -> u.group().equals("开发区"));
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
    void provinceLedgersHaveAboutThreeHundredRows() {
        SampleCityGenerator province = new SampleCityGenerator(SampleScale.PROVINCE, SampleCityGenerator.DEFAULT_SEED);
        int rows = 0;
        int sampled = 0;
        for (int i = 0; i < province.units().size(); i += 12) {
            rows += province.returns(province.units().get(i))
                    .get(YearMonth.of(2025, 9))
                    .projects()
                    .size();
            sampled++;
        }
        assertThat(rows / sampled).as("mean ledger rows").isBetween(220, 380);
    }

    @Test
    void writingTheLatestMonthsOnlyLeavesOutTheEarlierInboxes() throws IOException {
        SampleCityGenerator city = new SampleCityGenerator();
        SampleCityGenerator.Summary one = city.write(dir.resolve("one"), 1);
        assertThat(one.periods()).containsExactly(YearMonth.of(2025, 9));
        assertThat(one.returnFiles()).isEqualTo(13);
        assertThat(one.missingReturns()).isEmpty();
        assertThat(one.targetFiles()).hasSize(2).allMatch(java.nio.file.Files::isRegularFile);
        try (var folders = java.nio.file.Files.list(dir.resolve("one/inbox"))) {
            assertThat(folders.map(f -> f.getFileName().toString())).containsExactly("2025-09");
        }

        SampleCityGenerator.Summary two = city.write(dir.resolve("two"), 2);
        assertThat(two.periods()).containsExactly(YearMonth.of(2025, 8), YearMonth.of(2025, 9));
        assertThat(two.returnFiles()).isEqualTo(25);
        assertThat(two.missingReturns()).containsExactly(SampleUnits.MISSING_RETURN_UNIT + " 2025-08");
        Path latest = SampleCityGenerator.returnFile(dir.resolve("one"), YearMonth.of(2025, 9), "419921");
        assertThat(latest)
                .hasSameBinaryContentAs(
                        SampleCityGenerator.returnFile(dir.resolve("two"), YearMonth.of(2025, 9), "419921"));
        assertThat(java.nio.file.Files.getLastModifiedTime(latest))
                .isEqualTo(java.nio.file.Files.getLastModifiedTime(
                        SampleCityGenerator.returnFile(dir.resolve("two"), YearMonth.of(2025, 9), "419921")));

        assertThatThrownBy(() -> city.write(dir.resolve("none"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> city.write(dir.resolve("many"), 22)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nationHas2850UnitsWithLedgersOfAboutThreeHundredRows() {
        SampleCityGenerator nation = new SampleCityGenerator(SampleScale.NATION, SampleCityGenerator.DEFAULT_SEED);
        List<SampleUnit> units = nation.units();
        assertThat(units).hasSize(2_850);
        assertThat(units)
                .extracting(SampleUnit::code)
                .allMatch(code -> code.matches("\\d{6}"))
                .doesNotHaveDuplicates();

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
        SampleCityGenerator generator =
                new SampleCityGenerator(SampleScale.CITY, SampleCityGenerator.DEFAULT_SEED, YearMonth.of(2026, 3));
        assertThat(generator.firstPeriod()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(generator.periods()).hasSize(15);
        assertThat(generator.missingPeriod()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(generator.targets(2025).schedule()).hasSize(12);
        assertThat(generator.targets(2026).schedule()).isEmpty();
        assertThat(generator.returns(generator.units().get(0)))
                .containsKey(YearMonth.of(2026, 3))
                .doesNotContainKey(YearMonth.of(2026, 4));
    }
}
