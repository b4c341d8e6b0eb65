package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.LedgerProject;

/** A unit's inputs for the rule tests, built field by field so each test says what matters to it. */
final class UnitFixture {

    private final String code;
    private String group = "县市区";
    private boolean ranked = true;
    private ReportStatus status = ReportStatus.REPORTED;
    private YearMonth figuresPeriod;
    private boolean noFigures;
    private LocalDateTime receivedAt;
    private Integer trips;
    private final List<LedgerProject> projects = new ArrayList<>();
    private final Map<Indicator, BigDecimal> targets = new TreeMap<>();
    private final Map<Indicator, BigDecimal> lastYear = new TreeMap<>();

    private UnitFixture(String code) {
        this.code = code;
    }

    static UnitFixture unit(String code) {
        return new UnitFixture(code);
    }

    UnitFixture group(String v) {
        group = v;
        return this;
    }

    UnitFixture unranked() {
        ranked = false;
        return this;
    }

    UnitFixture late(LocalDateTime at) {
        status = ReportStatus.LATE;
        receivedAt = at;
        return this;
    }

    UnitFixture missing(YearMonth carriedFrom) {
        status = ReportStatus.MISSING;
        figuresPeriod = carriedFrom;
        noFigures = carriedFrom == null;
        return this;
    }

    UnitFixture target(Indicator i, String v) {
        targets.put(i, new BigDecimal(v));
        return this;
    }

    UnitFixture lastYear(Indicator i, String v) {
        lastYear.put(i, new BigDecimal(v));
        return this;
    }

    UnitFixture project(LedgerFixtures.Builder p) {
        projects.add(p.build());
        return this;
    }

    UnitFixture trips(int v) {
        trips = v;
        return this;
    }

    /** I1 of this much from a 省外 project signed in 2012 (outside every cohort). */
    UnitFixture i1(String ytd) {
        return project(LedgerFixtures.project()
                .fundsThisYear(ytd)
                .signed(java.time.LocalDate.of(2012, 1, 1))
                .status(org.zsyz.scorecard.store.project.ProjectStatus.STARTED)
                .started(java.time.LocalDate.of(2012, 2, 1)));
    }

    UnitInput build(YearMonth period, AssessmentRules rules) {
        LedgerFigures figures = new LedgerFigures(period, rules);
        if (!noFigures) {
            projects.forEach(figures::add);
            figures.activity(trips == null ? null : new ActivityFigure(1, trips, 0, 0, 0));
        }
        YearMonth source = status == ReportStatus.MISSING ? figuresPeriod : period;
        return new UnitInput(
                code,
                "单位" + code,
                group,
                ranked,
                status == ReportStatus.MISSING ? null : 1L,
                status,
                source,
                status == ReportStatus.MISSING
                        ? null
                        : receivedAt != null
                                ? receivedAt
                                : period.plusMonths(1).atDay(2).atTime(9, 0),
                figures,
                targets,
                lastYear);
    }

    UnitOutcome assess(YearMonth period, AssessmentRules rules, Schedule schedule) {
        return new UnitAssessor(rules, schedule, period).assess(build(period, rules));
    }

    UnitOutcome assess(YearMonth period) {
        return assess(period, AssessmentRules.defaults(), Schedule.evenly());
    }
}
