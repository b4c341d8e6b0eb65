package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.targets.AnnualTarget;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.TargetImport;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.store.unit.AssessmentGroup;

/**
 * A small city written straight into the database for the assessment's integration tests. 2013: 县市区 with
 * A, B, C ranked and E kept out of the ranking, 城区 with D alone. Every unit's targets are I1 12 亿元 and I3
 * 1200 万美元, nothing else; every project was signed in 2012, so the rates are "—" and only I1 (25) and I3
 * (15) are scored: their weights become 62.5 and 37.5, and a unit's total is
 * 62.5 × min(x ÷ m, 1.2) + 37.5 × min(y ÷ 100m, 1.2) in month m for I1 = x and I3 = y.
 */
final class AssessedCity {

    static final int YEAR = 2013;

    private final AssessedUnitMapper units;
    private final AnnualTargetMapper targets;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;

    AssessedCity(
            AssessedUnitMapper units,
            AnnualTargetMapper targets,
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger) {
        this.units = units;
        this.targets = targets;
        this.submissions = submissions;
        this.ledger = ledger;
    }

    void create() {
        units.insertGroup(new AssessmentGroup(YEAR, "县市区", 1));
        units.insertGroup(new AssessmentGroup(YEAR, "城区", 2));
        int order = 0;
        for (String code : List.of("A", "B", "C", "E", "D")) {
            units.insertUnit(new AssessedUnit(
                    YEAR, code, "单位" + code, code.equals("D") ? "城区" : "县市区", !code.equals("E"), ++order));
            targets.insertTarget(new AnnualTarget(YEAR, code, Indicator.I1, new BigDecimal("12")));
            targets.insertTarget(new AnnualTarget(YEAR, code, Indicator.I3, new BigDecimal("1200")));
        }
        targets.insertImport(new TargetImport(
                null, YEAR, "targets-2013.xlsx", "0".repeat(64), LocalDateTime.of(2013, 1, 10, 9, 0), 5, 10));
    }

    /** An accepted return arriving on day 2 of the next month (on time). */
    long report(String unit, YearMonth period, String i1, String i3) {
        return report(unit, period, i1, i3, period.plusMonths(1).atDay(2).atTime(9, 0));
    }

    long report(String unit, YearMonth period, String i1, String i3, LocalDateTime arrived) {
        int version = submissions.nextVersionNo(unit, period);
        submissions.insertSubmission(new ReturnSubmission(
                null,
                unit,
                period,
                version,
                unit + ".xlsx",
                String.format("%064d", version),
                arrived,
                SubmissionStatus.ACCEPTED,
                false,
                2,
                0,
                0,
                "张三",
                "0373-5550000",
                "INBOX"));
        long id = submissions.findVersion(unit, period, version).id();
        ledger.insertProjects(List.of(
                new LedgerProject(
                        id,
                        unit + "-1",
                        2,
                        "项目" + unit + "-1",
                        "投资方甲",
                        InvestorSource.OUT_OF_PROVINCE,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2012, 6, 1),
                        new BigDecimal("5"),
                        LocalDate.of(2012, 7, 1),
                        new BigDecimal(i1).add(BigDecimal.ONE),
                        new BigDecimal(i1),
                        null,
                        true,
                        false,
                        null),
                new LedgerProject(
                        id,
                        unit + "-2",
                        3,
                        "项目" + unit + "-2",
                        "投资方乙",
                        InvestorSource.FOREIGN,
                        "工业",
                        ProjectStatus.STARTED,
                        LocalDate.of(2012, 6, 1),
                        new BigDecimal("3"),
                        LocalDate.of(2012, 7, 1),
                        BigDecimal.ONE,
                        BigDecimal.ZERO,
                        new BigDecimal(i3),
                        true,
                        false,
                        null)));
        submissions.insertActivity(new ActivityFigure(id, 3, 1, 10, 2));
        return id;
    }
}
