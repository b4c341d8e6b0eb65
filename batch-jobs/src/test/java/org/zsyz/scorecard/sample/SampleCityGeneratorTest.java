package org.zsyz.scorecard.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/**
 * Generates 示例市 once, reads every file back, and checks what the demo relies on: the files, their times, the
 * targets, each project's story month by month, and that the 2025-09 figures spread over all colour bands.
 */
class SampleCityGeneratorTest {

    private static final YearMonth LATEST = YearMonth.of(2025, 9);
    private static final BigDecimal ONE = BigDecimal.ONE;

    @TempDir
    static Path dir;

    static SampleCityGenerator generator;
    static SampleCityGenerator.Summary summary;
    /** unit code → period → the return as read back from its file. */
    static final Map<String, TreeMap<YearMonth, ReturnWorkbook>> returns = new TreeMap<>();

    @BeforeAll
    static void generateAndReadBack() throws Exception {
        generator = new SampleCityGenerator();
        summary = generator.write(dir.resolve("city"));
        // reading ~270 workbooks with the user model is the slow part: one unit per task
        Map<String, TreeMap<YearMonth, ReturnWorkbook>> read = generator.units().parallelStream()
                .collect(Collectors.toConcurrentMap(SampleUnit::code, unit -> {
                    TreeMap<YearMonth, ReturnWorkbook> byPeriod = new TreeMap<>();
                    for (YearMonth period : summary.periods()) {
                        Path file = SampleCityGenerator.returnFile(summary.outDir(), period, unit.code());
                        if (Files.exists(file)) {
                            try {
                                byPeriod.put(period, ReturnFiles.read(file));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    }
                    return byPeriod;
                }));
        returns.putAll(read);
    }

    @Test
    void writesTwoTargetWorkbooksAndEveryReturnButTheMissingOne() throws IOException {
        assertThat(summary.units()).isEqualTo(13);
        assertThat(summary.periods()).hasSize(21);
        assertThat(summary.periods().get(0)).isEqualTo(YearMonth.of(2024, 1));
        assertThat(summary.latestPeriod()).isEqualTo(LATEST);
        assertThat(summary.targetFiles())
                .containsExactly(dir.resolve("city/targets-2024.xlsx"), dir.resolve("city/targets-2025.xlsx"));
        assertThat(summary.returnFiles()).isEqualTo(13 * 21 - 1);
        assertThat(summary.filesWritten()).isEqualTo(2 + 13 * 21 - 1);
        assertThat(summary.missingReturns()).containsExactly("419924 2025-08");
        assertThat(summary.lateReturns()).containsExactly("419903 2025-09");

        try (Stream<Path> files = Files.walk(summary.outDir())) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(summary.filesWritten());
        }
        assertThat(dir.resolve("city/inbox/2025-09/419921.xlsx")).isRegularFile();
        assertThat(dir.resolve("city/inbox/2024-01/419973.xlsx")).isRegularFile();
        assertThat(dir.resolve("city/inbox/2025-08/419924.xlsx")).doesNotExist();
        assertThat(dir.resolve("city/inbox/2025-09/419924.xlsx")).isRegularFile();
        assertThat(returns.get("419924"))
                .doesNotContainKey(YearMonth.of(2025, 8))
                .hasSize(20);
    }

    @Test
    void sameSeedGivesTheSameBytesAndFileTimes() throws IOException {
        SampleCityGenerator.Summary again = new SampleCityGenerator().write(dir.resolve("again"));
        List<Path> first = relativeFiles(summary.outDir());
        List<Path> second = relativeFiles(again.outDir());
        assertThat(second).isEqualTo(first).hasSize(summary.filesWritten());
        for (Path file : first) {
            Path a = summary.outDir().resolve(file);
            Path b = again.outDir().resolve(file);
            assertThat(Files.readAllBytes(b)).as(file.toString()).isEqualTo(Files.readAllBytes(a));
            assertThat(Files.getLastModifiedTime(b)).isEqualTo(Files.getLastModifiedTime(a));
        }
        // and a different seed tells a different story
        SampleCityGenerator other = new SampleCityGenerator(SampleScale.CITY, 7L);
        assertThat(other.returns(other.units().get(0)).get(LATEST).projects())
                .isNotEqualTo(
                        generator.returns(generator.units().get(0)).get(LATEST).projects());
    }

    @Test
    void filesHoldExactlyWhatTheGeneratorSimulated() {
        for (SampleUnit unit : generator.units()) {
            LinkedHashMap<YearMonth, ReturnWorkbook> simulated = generator.returns(unit);
            returns.get(unit.code()).forEach((period, read) -> {
                ReturnWorkbook model = simulated.get(period);
                assertThat(read.cover()).isEqualTo(model.cover());
                assertThat(read.activity()).isEqualTo(model.activity());
                assertThat(read.projects())
                        .isEqualTo(model.projects().stream()
                                .map(ReturnFiles::atFileScales)
                                .toList());
            });
        }
    }

    @Test
    void fileTimesAreArrivalsAroundTheDeadlineWithOneLateReturn() throws IOException {
        int late = 0;
        for (SampleUnit unit : generator.units()) {
            for (YearMonth period : returns.get(unit.code()).keySet()) {
                Path file = SampleCityGenerator.returnFile(summary.outDir(), period, unit.code());
                LocalDateTime arrived =
                        LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), SampleCityGenerator.ZONE);
                YearMonth next = period.plusMonths(1);
                assertThat(YearMonth.from(arrived)).as(file.toString()).isEqualTo(next);
                assertThat(arrived.getHour()).isBetween(9, 11);
                if (unit.code().equals("419903") && period.equals(LATEST)) {
                    assertThat(arrived.getDayOfMonth()).isEqualTo(8);
                    assertThat(arrived).isEqualTo(LocalDateTime.of(2025, 10, 8, 10, arrived.getMinute()));
                    late++;
                } else {
                    assertThat(arrived.getDayOfMonth()).as(file.toString()).isBetween(1, 4);
                }
            }
        }
        assertThat(late).isEqualTo(1);
        LocalDateTime issued = LocalDateTime.ofInstant(
                Files.getLastModifiedTime(summary.targetFiles().get(1)).toInstant(), SampleCityGenerator.ZONE);
        assertThat(issued).isEqualTo(LocalDateTime.of(2025, 1, 10, 9, 30));
    }

    @Test
    void targetsCoverThreeGroupsWithRealisticValuesBlanksAndOneUnrankedUnit() throws IOException {
        ReturnFiles.TargetsFile current =
                ReturnFiles.readTargets(summary.targetFiles().get(1));
        assertThat(current.units()).hasSize(13);
        assertThat(current.units().keySet()).allMatch(code -> code.matches("4199\\d\\d"));
        Map<String, Long> groups =
                current.units().values().stream().collect(Collectors.groupingBy(u -> u.get(1), Collectors.counting()));
        assertThat(groups).isEqualTo(Map.of("县市区", 6L, "城区", 4L, "开发区", 3L));
        assertThat(current.units().entrySet())
                .filteredOn(e -> e.getValue().get(2).equals("否"))
                .extracting(Map.Entry::getKey)
                .containsExactly("419973");
        assertThat(current.units().get("419973").get(0)).isEqualTo("示例综合保税区");

        assertThat(current.targets().get("419902"))
                .doesNotContainKey(Indicator.I3)
                .hasSize(6);
        assertThat(current.targets().get("419973"))
                .doesNotContainKeys(Indicator.I4, Indicator.I6)
                .hasSize(5);
        current.targets().forEach((code, targets) -> {
            if (code.equals("419902") || code.equals("419973")) {
                return;
            }
            assertThat(targets).as(code).hasSize(7);
            assertThat(targets.get(Indicator.I1)).isBetween(new BigDecimal("8"), new BigDecimal("40"));
            BigDecimal share = targets.get(Indicator.I2).divide(targets.get(Indicator.I1), 4, RoundingMode.HALF_UP);
            assertThat(share).isBetween(new BigDecimal("0.68"), new BigDecimal("0.92"));
            assertThat(targets.get(Indicator.I3)).isBetween(new BigDecimal("500"), new BigDecimal("5200"));
            assertThat(targets.get(Indicator.I4)).isBetween(new BigDecimal("5"), new BigDecimal("30"));
            assertThat(targets.get(Indicator.I5)).isBetween(new BigDecimal("30"), new BigDecimal("200"));
            assertThat(targets.get(Indicator.I6)).isBetween(new BigDecimal("3"), new BigDecimal("20"));
            assertThat(targets.get(Indicator.I7)).isBetween(new BigDecimal("12"), new BigDecimal("62"));
        });
        assertThat(current.schedule()).as("2025 uses m/12").isEmpty();

        ReturnFiles.TargetsFile last =
                ReturnFiles.readTargets(summary.targetFiles().get(0));
        assertThat(last.units()).isEqualTo(current.units());
        assertThat(last.schedule()).hasSize(12);
        assertThat(last.schedule().get(1)).isEqualByComparingTo("5");
        assertThat(last.schedule().get(9)).isEqualByComparingTo("67");
        assertThat(last.schedule().get(12)).isEqualByComparingTo("100");
        List<BigDecimal> steps = new ArrayList<>(last.schedule().values());
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i)).isGreaterThan(steps.get(i - 1));
        }
        // last year's targets were lower
        assertThat(last.targets().get("419921").get(Indicator.I1))
                .isLessThan(current.targets().get("419921").get(Indicator.I1));
    }

    @Test
    void everyProjectTellsACoherentStoryMonthByMonth() {
        int checkedRows = 0;
        for (var unitReturns : returns.entrySet()) {
            String code = unitReturns.getKey();
            Map<String, LedgerRow> previous = null;
            YearMonth previousPeriod = null;
            for (var entry : unitReturns.getValue().entrySet()) {
                YearMonth period = entry.getKey();
                LocalDate end = period.atEndOfMonth();
                ReturnWorkbook r = entry.getValue();
                assertThat(r.cover().unitCode()).isEqualTo(code);
                assertThat(r.cover().period()).isEqualTo(period);
                Map<String, LedgerRow> current = new LinkedHashMap<>();
                for (LedgerRow p : r.projects()) {
                    String where = code + " " + period + " " + p.projectNo();
                    assertThat(current.put(p.projectNo(), p))
                            .as("unique " + where)
                            .isNull();
                    assertThat(p.projectNo()).startsWith(code + "-");
                    assertThat(p.name()).isNotBlank();
                    assertThat(p.investor()).isNotBlank();
                    assertThat(p.industry()).isIn(Names.INDUSTRIES);
                    checkRow(where, p, end);
                    checkedRows++;
                }
                if (previous != null) {
                    assertThat(current.keySet())
                            .as(code + " " + period + " keeps every project")
                            .containsAll(previous.keySet());
                    boolean newYear = period.getYear() != previousPeriod.getYear();
                    for (LedgerRow before : previous.values()) {
                        checkStep(
                                code + " " + previousPeriod + "→" + period + " " + before.projectNo(),
                                before,
                                current.get(before.projectNo()),
                                newYear);
                    }
                    checkActivity(code + " " + period, r, unitReturns.getValue().get(previousPeriod), newYear);
                }
                previous = current;
                previousPeriod = period;
            }
        }
        assertThat(checkedRows).isGreaterThan(10_000);
    }

    private static void checkRow(String where, LedgerRow p, LocalDate end) {
        ProjectStatus status = p.status();
        if (status == ProjectStatus.NEGOTIATING) {
            assertThat(p.signedOn()).as(where).isNull();
            assertThat(p.contractAmount()).as(where).isNull();
            assertThat(p.fundsTotal()).as(where).isNull();
            assertThat(p.fundsThisYear()).as(where).isNull();
            return;
        }
        assertThat(p.signedOn()).as("signed " + where).isNotNull().isBeforeOrEqualTo(end);
        assertThat(p.contractAmount()).as(where).isBetween(new BigDecimal("0.30"), new BigDecimal("60.00"));
        if (status == ProjectStatus.STARTED || status == ProjectStatus.COMPLETED) {
            assertThat(p.startedOn())
                    .as("started " + where)
                    .isNotNull()
                    .isAfterOrEqualTo(p.signedOn())
                    .isBeforeOrEqualTo(end);
        } else if (status == ProjectStatus.SIGNED) {
            assertThat(p.startedOn()).as(where).isNull();
        }
        assertThat(p.fundsTotal()).as(where).isNotNull().isLessThanOrEqualTo(p.contractAmount());
        assertThat(p.fundsThisYear()).as(where).isNotNull().isLessThanOrEqualTo(p.fundsTotal());
        assertThat(p.fundsThisYear().signum()).as(where).isNotNegative();
        if (p.source() == InvestorSource.FOREIGN) {
            assertThat(p.foreignFundsThisYear()).as(where).isNotNull();
            assertThat(p.fundsThisYear()).as("境外: no domestic funds " + where).isZero();
        } else {
            assertThat(p.foreignFundsThisYear())
                    .as("only 境外 carries 外资 " + where)
                    .isNull();
        }
    }

    private static final Map<ProjectStatus, Integer> STAGE = Map.of(
            ProjectStatus.NEGOTIATING,
            0,
            ProjectStatus.SIGNED,
            1,
            ProjectStatus.STARTED,
            2,
            ProjectStatus.COMPLETED,
            3,
            ProjectStatus.TERMINATED,
            1);

    private static void checkStep(String where, LedgerRow before, LedgerRow after, boolean newYear) {
        assertThat(after.name()).as(where).isEqualTo(before.name());
        assertThat(after.investor()).as(where).isEqualTo(before.investor());
        assertThat(after.source()).as(where).isEqualTo(before.source());
        assertThat(after.industry()).as(where).isEqualTo(before.industry());
        if (before.status() == ProjectStatus.TERMINATED || before.status() == ProjectStatus.COMPLETED) {
            assertThat(after.status()).as(where + " ended stays ended").isEqualTo(before.status());
        } else if (after.status() != ProjectStatus.TERMINATED) {
            assertThat(STAGE.get(after.status()))
                    .as(where + " moves forward")
                    .isGreaterThanOrEqualTo(STAGE.get(before.status()));
        } else {
            assertThat(before.status())
                    .as(where + " only a signed project ends")
                    .isIn(ProjectStatus.SIGNED, ProjectStatus.STARTED);
        }
        if (before.signedOn() != null) {
            assertThat(after.signedOn()).as(where).isEqualTo(before.signedOn());
            assertThat(after.contractAmount()).as(where).isEqualTo(before.contractAmount());
            assertThat(after.fundsTotal())
                    .as(where + " funds never shrink")
                    .isGreaterThanOrEqualTo(before.fundsTotal());
            BigDecimal receivedInBetween = after.fundsTotal().subtract(before.fundsTotal());
            if (newYear) {
                // YTD restarts: this year's domestic funds are exactly what arrived since December
                if (after.source() != InvestorSource.FOREIGN) {
                    assertThat(after.fundsThisYear()).as(where + " resets").isEqualByComparingTo(receivedInBetween);
                }
            } else {
                assertThat(after.fundsThisYear())
                        .as(where + " YTD grows")
                        .isGreaterThanOrEqualTo(before.fundsThisYear());
                if (after.source() != InvestorSource.FOREIGN) {
                    assertThat(after.fundsThisYear().subtract(before.fundsThisYear()))
                            .as(where)
                            .isEqualByComparingTo(receivedInBetween);
                } else {
                    assertThat(after.foreignFundsThisYear())
                            .as(where)
                            .isGreaterThanOrEqualTo(before.foreignFundsThisYear());
                }
            }
        }
        if (before.startedOn() != null) {
            assertThat(after.startedOn()).as(where).isEqualTo(before.startedOn());
        }
        if (Boolean.FALSE.equals(before.fulfilled())) {
            assertThat(after.fulfilled()).as(where).isFalse();
        }
    }

    private static void checkActivity(String where, ReturnWorkbook now, ReturnWorkbook before, boolean newYear) {
        var a = now.activity();
        var b = before.activity();
        if (!newYear) {
            assertThat(a.trips()).as(where).isGreaterThanOrEqualTo(b.trips());
            assertThat(a.leaderTrips()).as(where).isGreaterThanOrEqualTo(b.leaderTrips());
            assertThat(a.companiesVisited()).as(where).isGreaterThanOrEqualTo(b.companiesVisited());
            assertThat(a.visitorsReceived()).as(where).isGreaterThanOrEqualTo(b.visitorsReceived());
        } else {
            assertThat(a.trips()).as(where + " January restarts").isLessThan(b.trips());
            assertThat(a.companiesVisited()).as(where).isLessThan(b.companiesVisited());
        }
        assertThat(a.leaderTrips()).as(where).isLessThanOrEqualTo(a.trips());
    }

    @Test
    void activityGrowsThroughTheYear() {
        for (var unitReturns : returns.values()) {
            var january = unitReturns.get(YearMonth.of(2025, 1)).activity();
            var september = unitReturns.get(LATEST).activity();
            assertThat(september.trips()).isGreaterThan(january.trips());
            assertThat(september.companiesVisited()).isGreaterThan(january.companiesVisited());
        }
    }

    @Test
    void theLedgersHoldTheCasesTheScoringNeeds() {
        List<LedgerRow> latest = returns.values().stream()
                .flatMap(r -> r.get(LATEST).projects().stream())
                .toList();
        assertThat(latest).extracting(LedgerRow::source).containsAll(List.of(InvestorSource.values()));
        assertThat(latest).extracting(LedgerRow::status).containsAll(List.of(ProjectStatus.values()));
        List<LedgerRow> signed =
                latest.stream().filter(p -> p.contractAmount() != null).toList();
        long small = signed.stream()
                .filter(p -> p.contractAmount().compareTo(ONE) < 0)
                .count();
        long typical = signed.stream()
                .filter(p -> p.contractAmount().compareTo(ONE) >= 0
                        && p.contractAmount().compareTo(BigDecimal.TEN) < 0)
                .count();
        long large = signed.stream()
                .filter(p -> p.contractAmount().compareTo(BigDecimal.TEN) >= 0)
                .count();
        long huge = signed.stream()
                .filter(p -> p.contractAmount().compareTo(new BigDecimal("50")) >= 0)
                .count();
        assertThat(typical).as("mostly 1–10 亿元").isGreaterThan(signed.size() * 6L / 10);
        assertThat(small).isPositive();
        assertThat(large).isBetween(13L, 80L);
        assertThat(huge).isEqualTo(2);
        assertThat(signed).anyMatch(p -> p.contractAmount().compareTo(ONE) == 0);
        long fortune =
                latest.stream().filter(p -> Boolean.TRUE.equals(p.fortune500())).count();
        assertThat(fortune).isBetween(3L, 40L);
        long terminated = latest.stream()
                .filter(p -> p.status() == ProjectStatus.TERMINATED)
                .count();
        long unfulfilled =
                latest.stream().filter(p -> Boolean.FALSE.equals(p.fulfilled())).count();
        assertThat(terminated).isBetween(2L, signed.size() / 20L);
        assertThat(unfulfilled).isBetween(2L, signed.size() / 20L);
        // the 58亿元 500强 flagship of the 经开区, signed this year: the top bonus tier
        assertThat(returns.get("419971").get(LATEST).projects())
                .anyMatch(p -> p.contractAmount() != null
                        && p.contractAmount().compareTo(new BigDecimal("58.00")) == 0
                        && p.signedOn().getYear() == 2025
                        && Boolean.TRUE.equals(p.fortune500()));
        // projects signed in earlier years stay in this year's ledgers
        assertThat(latest).anyMatch(p -> p.signedOn() != null && p.signedOn().getYear() == 2023);
        // ledgers are city-sized
        returns.forEach(
                (code, r) -> assertThat(r.get(LATEST).projects()).as(code).hasSizeBetween(25, 160));
    }

    /** The seven figures of docs/method.md (Figures) from a return. */
    static Map<Indicator, BigDecimal> figures(ReturnWorkbook r, int year) {
        TreeMap<Indicator, BigDecimal> f = new TreeMap<>();
        for (Indicator i : IndicatorCatalogue.DEFAULT.withTargets()) {
            f.put(i, BigDecimal.ZERO);
        }
        for (LedgerRow p : r.projects()) {
            if (p.fundsThisYear() != null && p.source().isFromOutsideCity()) {
                f.merge(Indicator.I1, p.fundsThisYear(), BigDecimal::add);
            }
            if (p.fundsThisYear() != null && p.source() == InvestorSource.OUT_OF_PROVINCE) {
                f.merge(Indicator.I2, p.fundsThisYear(), BigDecimal::add);
            }
            if (p.foreignFundsThisYear() != null && p.source() == InvestorSource.FOREIGN) {
                f.merge(Indicator.I3, p.foreignFundsThisYear(), BigDecimal::add);
            }
            if (p.signedOn() != null && p.signedOn().getYear() == year) {
                f.merge(Indicator.I5, p.contractAmount(), BigDecimal::add);
                if (p.contractAmount().compareTo(ONE) >= 0) {
                    f.merge(Indicator.I4, ONE, BigDecimal::add);
                }
            }
            if (p.startedOn() != null
                    && p.startedOn().getYear() == year
                    && p.contractAmount().compareTo(ONE) >= 0) {
                f.merge(Indicator.I6, ONE, BigDecimal::add);
            }
        }
        f.put(Indicator.I7, BigDecimal.valueOf(r.activity().trips()));
        return f;
    }

    /** 序时差 in percentage points against m/12 (2025 has no schedule sheet). */
    private static BigDecimal scheduleGap(BigDecimal ytd, BigDecimal target, YearMonth period) {
        BigDecimal rate = ytd.multiply(BigDecimal.valueOf(100)).divide(target, 6, RoundingMode.HALF_UP);
        BigDecimal progress = BigDecimal.valueOf(period.getMonthValue() * 100L)
                .divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
        return rate.subtract(progress);
    }

    @Test
    void september2025HasUnitsAheadAndBehindAndEveryColourBand() throws IOException {
        ReturnFiles.TargetsFile targets =
                ReturnFiles.readTargets(summary.targetFiles().get(1));
        Map<String, BigDecimal> i1Gap = new TreeMap<>();
        Set<String> bands = new TreeSet<>();
        for (var entry : returns.entrySet()) {
            Map<Indicator, BigDecimal> ytd = figures(entry.getValue().get(LATEST), 2025);
            assertThat(ytd.get(Indicator.I2)).isLessThanOrEqualTo(ytd.get(Indicator.I1));
            targets.targets().get(entry.getKey()).forEach((indicator, target) -> {
                BigDecimal gap = scheduleGap(ytd.get(indicator), target, LATEST);
                if (indicator == Indicator.I1) {
                    i1Gap.put(entry.getKey(), gap);
                }
                bands.add(
                        gap.signum() >= 0
                                ? "green"
                                : gap.compareTo(BigDecimal.valueOf(-10)) >= 0
                                        ? "light green"
                                        : gap.compareTo(BigDecimal.valueOf(-30)) >= 0 ? "yellow" : "red");
            });
        }
        assertThat(bands).containsExactlyInAnyOrder("green", "light green", "yellow", "red");
        assertThat(i1Gap.values()).anyMatch(gap -> gap.compareTo(BigDecimal.valueOf(10)) >= 0);
        assertThat(i1Gap.values()).anyMatch(gap -> gap.compareTo(BigDecimal.valueOf(-30)) < 0);
        assertThat(i1Gap.get("419924")).as("南浦县 far behind").isLessThan(BigDecimal.valueOf(-30));
        assertThat(i1Gap.get("419971")).as("经开区 ahead").isGreaterThan(BigDecimal.valueOf(5));
    }

    @Test
    void rankingsMoveFromMonthToMonth() {
        ReturnFiles.TargetsFile targets;
        try {
            targets = ReturnFiles.readTargets(summary.targetFiles().get(1));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Set<List<String>> orders = new HashSet<>();
        for (int month = 3; month <= 9; month++) {
            YearMonth period = YearMonth.of(2025, month);
            Map<String, BigDecimal> rate = new HashMap<>();
            returns.forEach((code, r) -> {
                if (r.containsKey(period)) {
                    BigDecimal ytd = figures(r.get(period), 2025).get(Indicator.I1);
                    rate.put(code, ytd.divide(targets.targets().get(code).get(Indicator.I1), 6, RoundingMode.HALF_UP));
                }
            });
            orders.add(rate.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .toList());
        }
        assertThat(orders).as("I1 order differs between months").hasSizeGreaterThan(3);
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
    }
}
