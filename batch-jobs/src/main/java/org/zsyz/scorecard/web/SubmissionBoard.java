package org.zsyz.scorecard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.domain.ReportStatus;
import org.zsyz.scorecard.schedule.ScheduleProperties;
import org.zsyz.scorecard.store.portal.BureauMapper;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.portal.SubmissionFacts;
import org.zsyz.scorecard.store.portal.SubmissionLine;
import org.zsyz.scorecard.store.returns.SubmissionStatus;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * The submission board of a period: one row per unit of the year with the state of its return. The state follows
 * the versions as the assessment reads them: the newest version that is not rejected decides — accepted:
 * 已报送 (逾期 when its first accepted version came after the deadline), sent back: 已退回; none: 未报送. A returned
 * version is shown as returned, never as the version that counts.
 */
@Service
public class SubmissionBoard {

    private final AssessedUnitMapper units;
    private final PortalMapper portal;
    private final BureauMapper bureau;
    private final AssessmentRulesSource method;
    private final ScheduleProperties schedule;
    private final Clock clock;

    public SubmissionBoard(
            AssessedUnitMapper units,
            PortalMapper portal,
            BureauMapper bureau,
            AssessmentRulesSource method,
            ScheduleProperties schedule,
            Clock clock) {
        this.units = units;
        this.portal = portal;
        this.bureau = bureau;
        this.method = method;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * @param state    已报送, 逾期 (accepted after the deadline), 已退回 or 未报送
     * @param counting the version that counts (accepted), or {@code null}
     * @param returned the version sent back when the state is 已退回, or {@code null}
     * @param latest   the newest version of any outcome, or {@code null}
     * @param overdue  no counting return and the deadline has passed
     * @param facts    the counting version's cover contact and uploader, or {@code null}
     * @param late     the counting return came after the deadline (逾期)
     */
    public record Row(
            AssessedUnit unit,
            String state,
            SubmissionLine counting,
            SubmissionLine returned,
            SubmissionLine latest,
            int versions,
            boolean overdue,
            SubmissionFacts facts,
            boolean late) {

        public boolean canSendBack() {
            return counting != null;
        }

        /** 网上, 网上（office 代报） or 邮件 for the counting version; {@code null} when none counts. */
        public String way() {
            if (counting == null) {
                return null;
            }
            if (!PortalReturns.SOURCE.equals(counting.source())) {
                return "邮件";
            }
            return facts != null && facts.onBehalf() ? "网上（" + facts.uploadedBy() + " 代报）" : "网上";
        }
    }

    public LocalDate deadline(YearMonth period) {
        return method.deadline(period);
    }

    public List<Row> rows(YearMonth period) {
        Map<String, List<SubmissionLine>> byUnit =
                portal.findPeriodLines(period).stream().collect(Collectors.groupingBy(SubmissionLine::unitCode));
        Map<Long, SubmissionFacts> facts = bureau.findPeriodFacts(period).stream()
                .collect(Collectors.toMap(SubmissionFacts::submissionId, f -> f));
        boolean pastDeadline = LocalDate.now(clock.withZone(schedule.zone())).isAfter(deadline(period));
        List<Row> rows = new ArrayList<>();
        for (AssessedUnit unit : units.findUnits(period.getYear())) {
            List<SubmissionLine> versions = byUnit.getOrDefault(unit.unitCode(), List.of());
            SubmissionLine latest = versions.stream()
                    .max(Comparator.comparingInt(SubmissionLine::versionNo))
                    .orElse(null);
            SubmissionLine deciding = versions.stream()
                    .filter(v -> v.status() != SubmissionStatus.REJECTED)
                    .max(Comparator.comparingInt(SubmissionLine::versionNo))
                    .orElse(null);
            String state;
            boolean late = false;
            if (deciding == null) {
                state = ReportStatus.MISSING.label();
            } else if (deciding.status() == SubmissionStatus.RETURNED) {
                state = "已退回";
            } else {
                late = versions.stream()
                        .filter(v -> v.status() == SubmissionStatus.ACCEPTED)
                        .min(Comparator.comparingInt(SubmissionLine::versionNo))
                        .map(SubmissionLine::late)
                        .orElse(false);
                state = (late ? ReportStatus.LATE : ReportStatus.REPORTED).label();
            }
            boolean counts = deciding != null && deciding.status() == SubmissionStatus.ACCEPTED;
            rows.add(new Row(
                    unit,
                    state,
                    counts ? deciding : null,
                    counts ? null : deciding,
                    latest,
                    versions.size(),
                    !counts && pastDeadline,
                    counts ? facts.get(deciding.id()) : null,
                    late));
        }
        return rows;
    }
}
