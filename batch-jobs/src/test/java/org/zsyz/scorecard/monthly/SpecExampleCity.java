package org.zsyz.scorecard.monthly;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnActivity;
import org.zsyz.scorecard.returns.ReturnCover;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.returns.ReturnWorkbookWriter;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.targets.TargetsWorkbook;
import org.zsyz.scorecard.targets.TargetsWorkbookWriter;
import org.zsyz.scorecard.targets.UnitTargets;

/**
 * The worked example of docs/method.md as real workbooks: 牧野区 (410711) in 2013-12 with targets 19.8 / 18 / 2699 and
 * returns giving I1 22.735, I2 19.9, I3 4289 — plus three neighbours so the ranking has something to rank.
 */
final class SpecExampleCity {

    static final YearMonth PERIOD = YearMonth.of(2013, 12);
    static final String MUYE = "410711";

    private SpecExampleCity() {}

    static Path writeTargets(Path dir) throws IOException {
        return writeTargets(dir, "县市区");
    }

    /** The targets with the two counties in {@code countiesGroup}: 城区 makes a city of one group. */
    static Path writeTargets(Path dir, String countiesGroup) throws IOException {
        List<UnitTargets> units = List.of(
                new UnitTargets("410782", "辉县市", countiesGroup, true, targets("30", "20", "3000")),
                new UnitTargets("410721", "新乡县", countiesGroup, true, targets("25", "15", "1500")),
                new UnitTargets(MUYE, "牧野区", "城区", true, targets("19.8", "18", "2699")),
                new UnitTargets("410702", "红旗区", "城区", false, targets("15", "10", "1000")));
        Path file = dir.resolve("targets-2013.xlsx");
        new TargetsWorkbookWriter().write(new TargetsWorkbook(2013, units), file);
        return file;
    }

    private static Map<Indicator, BigDecimal> targets(String i1, String i2, String i3) {
        Map<Indicator, BigDecimal> t = new TreeMap<>();
        t.put(Indicator.I1, new BigDecimal(i1));
        t.put(Indicator.I2, new BigDecimal(i2));
        t.put(Indicator.I3, new BigDecimal(i3));
        t.put(Indicator.I4, new BigDecimal("3"));
        t.put(Indicator.I5, new BigDecimal("40"));
        t.put(Indicator.I6, new BigDecimal("2"));
        t.put(Indicator.I7, new BigDecimal("12"));
        return t;
    }

    /** Writes the four returns into {@code inbox}, each arriving on 2014-01-03 (on time). */
    static List<Path> writeReturns(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        List<Path> files = new ArrayList<>();
        files.add(write(
                inbox,
                MUYE,
                "牧野区",
                List.of(
                        row(
                                "MY-001",
                                InvestorSource.OTHER_CITY_IN_PROVINCE,
                                ProjectStatus.STARTED,
                                "2013-03-01",
                                "5",
                                "2013-05-01",
                                "2.835",
                                "2.835",
                                null),
                        row(
                                "MY-002",
                                InvestorSource.OUT_OF_PROVINCE,
                                ProjectStatus.STARTED,
                                "2013-04-10",
                                "25",
                                "2013-06-01",
                                "19.9",
                                "19.9",
                                null),
                        row(
                                "MY-003",
                                InvestorSource.FOREIGN,
                                ProjectStatus.SIGNED,
                                "2013-02-01",
                                "3",
                                null,
                                "3",
                                "0",
                                "4289"),
                        row(
                                "MY-004",
                                InvestorSource.LOCAL,
                                ProjectStatus.NEGOTIATING,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))));
        files.add(write(
                inbox,
                "410782",
                "辉县市",
                List.of(
                        row(
                                "HX-001",
                                InvestorSource.OUT_OF_PROVINCE,
                                ProjectStatus.STARTED,
                                "2013-02-01",
                                "12",
                                "2013-03-01",
                                "20",
                                "18",
                                null),
                        row(
                                "HX-002",
                                InvestorSource.FOREIGN,
                                ProjectStatus.SIGNED,
                                "2013-08-01",
                                "2",
                                null,
                                "0.5",
                                "0",
                                "1200"))));
        files.add(write(
                inbox,
                "410721",
                "新乡县",
                List.of(row(
                        "XX-001",
                        InvestorSource.OTHER_CITY_IN_PROVINCE,
                        ProjectStatus.SIGNED,
                        "2013-06-01",
                        "4",
                        null,
                        "5",
                        "5",
                        null))));
        files.add(write(
                inbox,
                "410702",
                "红旗区",
                List.of(row(
                        "HQ-001",
                        InvestorSource.OUT_OF_PROVINCE,
                        ProjectStatus.COMPLETED,
                        "2013-01-15",
                        "8",
                        "2013-02-01",
                        "9",
                        "9",
                        null))));
        return files;
    }

    private static Path write(Path inbox, String code, String name, List<LedgerRow> rows) throws IOException {
        Path file = inbox.resolve(code + ".xlsx");
        new ReturnWorkbookWriter()
                .write(
                        new ReturnWorkbook(
                                new ReturnCover(code, name, PERIOD, "张三", "0373-5550000"),
                                rows,
                                new ReturnActivity(14, 3, 40, 9)),
                        file);
        Files.setLastModifiedTime(
                file,
                FileTime.from(LocalDateTime.of(2014, 1, 3, 10, 0)
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant()));
        return file;
    }

    private static LedgerRow row(
            String no,
            InvestorSource source,
            ProjectStatus status,
            String signed,
            String contract,
            String started,
            String fundsTotal,
            String fundsThisYear,
            String foreign) {
        return new LedgerRow(
                no,
                "项目" + no,
                "投资方" + no,
                source,
                "工业",
                status,
                signed == null ? null : LocalDate.parse(signed),
                contract == null ? null : new BigDecimal(contract),
                started == null ? null : LocalDate.parse(started),
                fundsTotal == null ? null : new BigDecimal(fundsTotal),
                fundsThisYear == null ? null : new BigDecimal(fundsThisYear),
                foreign == null ? null : new BigDecimal(foreign),
                null,
                false,
                null);
    }
}
