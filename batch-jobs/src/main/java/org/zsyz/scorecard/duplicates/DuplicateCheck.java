package org.zsyz.scorecard.duplicates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.domain.DuplicateKind;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.store.duplicate.DuplicateMapper;
import org.zsyz.scorecard.store.duplicate.KeyMatch;
import org.zsyz.scorecard.store.duplicate.ProjectDuplicate;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * "One project is assessed once": at import of an accepted version, in its transaction, finds its projects that
 * another unit reports in the same period, or that it reports as signed this year though an earlier year's return
 * had them signed before. Both units get a warning naming the other's return, row, cell and project number (the
 * other's on its stored version, so its result page shows it too), and the pair is listed for the bureau to decide.
 */
@Component
public class DuplicateCheck {

    /** Matches listed per version; a ledger where more match is a data problem the first ones show. */
    static final int LISTED = 200;

    static final String NAME_FIELD = "项目名称";

    private final DuplicateMapper duplicates;
    private final AssessedUnitMapper units;
    private final Clock clock;

    public DuplicateCheck(DuplicateMapper duplicates, AssessedUnitMapper units, Clock clock) {
        this.duplicates = duplicates;
        this.units = units;
        this.clock = clock;
    }

    /**
     * The version's rows carry their keys already (the ledger writer stores {@link ProjectKeys#key} with each row).
     *
     * @param nameColumn the column of the project names in this file (e.g. "C"), or {@code null}
     */
    public void check(
            AssessedUnit unit,
            YearMonth period,
            long submissionId,
            int version,
            String sheet,
            String nameColumn,
            IssueList issues) {
        duplicates.setNameColumn(submissionId, nameColumn);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        for (KeyMatch m : duplicates.findSamePeriodMatches(submissionId, LISTED)) {
            String other = unitName(period.getYear(), m.otherUnitCode());
            issues.warning(
                    sheet,
                    m.nameCell(),
                    NAME_FIELD,
                    m.projectName(),
                    "疑似与" + other + "报送的同一项目重复："
                            + where(
                                    m.otherPeriod(),
                                    m.otherVersion(),
                                    m.otherRowNo(),
                                    m.otherNameCell(),
                                    m.otherProjectNo())
                            + "，投资方和项目名称相同。一个项目只能计入一个单位，将由商务局裁定");
            warnOther(
                    m.otherSubmissionId(),
                    sheet,
                    m.otherNameCell(),
                    m.projectName(),
                    "疑似与" + unit.unitName() + "（" + unit.unitCode() + "）报送的同一项目重复："
                            + where(period.toString(), version, m.rowNo(), m.nameCell(), m.projectNo())
                            + "，投资方和项目名称相同。一个项目只能计入一个单位，将由商务局裁定");
            boolean thisFirst = unit.unitCode().compareTo(m.otherUnitCode()) < 0;
            record(period, DuplicateKind.SAME_PERIOD, m, unit.unitCode(), submissionId, thisFirst, now);
        }
        Set<String> seen = new HashSet<>();
        LocalDate yearStart = period.withMonth(1).atDay(1);
        for (KeyMatch m : duplicates.findSignedBeforeMatches(submissionId, yearStart, LISTED)) {
            if (!seen.add(m.projectNo())) {
                continue; // the newest earlier return is named; older ones say the same
            }
            String other = unitName(YearMonth.parse(m.otherPeriod()).getYear(), m.otherUnitCode());
            issues.warning(
                    sheet,
                    m.nameCell(),
                    NAME_FIELD,
                    m.projectName(),
                    "本期签约日期为 " + m.signedOn() + "，但" + other + "的"
                            + where(
                                    m.otherPeriod(),
                                    m.otherVersion(),
                                    m.otherRowNo(),
                                    m.otherNameCell(),
                                    m.otherProjectNo())
                            + "已报送同一项目，签约日期 " + m.otherSignedOn() + "。往年已签约的项目不能作为本年新签约项目，将由商务局裁定");
            record(period, DuplicateKind.SIGNED_BEFORE, m, unit.unitCode(), submissionId, true, now);
        }
    }

    private void warnOther(long submissionId, String sheet, String cell, String value, String message) {
        duplicates.addWarning(
                submissionId,
                duplicates.nextIssueSeqNo(submissionId),
                sheet,
                cell,
                NAME_FIELD,
                value.length() > 200 ? value.substring(0, 200) : value,
                message.length() > 500 ? message.substring(0, 499) + "…" : message);
        duplicates.countWarning(submissionId);
    }

    /** Lists the pair for the bureau, once per period, project and units; a decision taken earlier in the year holds. */
    private void record(
            YearMonth period,
            DuplicateKind kind,
            KeyMatch m,
            String unitCode,
            long submissionId,
            boolean thisFirst,
            LocalDateTime now) {
        String unitA = thisFirst ? unitCode : m.otherUnitCode();
        String unitB = thisFirst ? m.otherUnitCode() : unitCode;
        ProjectDuplicate fresh = new ProjectDuplicate(
                null,
                period.toString(),
                m.matchKey(),
                kind,
                unitA,
                thisFirst ? submissionId : m.otherSubmissionId(),
                thisFirst ? m.projectNo() : m.otherProjectNo(),
                thisFirst ? m.rowNo() : m.otherRowNo(),
                unitB,
                thisFirst ? m.otherSubmissionId() : submissionId,
                thisFirst ? m.otherProjectNo() : m.projectNo(),
                thisFirst ? m.otherRowNo() : m.rowNo(),
                clip(m.projectName()),
                clip(m.investor()),
                now,
                null,
                null,
                null,
                null);
        ProjectDuplicate existing =
                duplicates.findDuplicate(period.toString(), m.matchKey(), kind.name(), unitA, unitB);
        if (existing != null) {
            duplicates.refreshDuplicate(withId(fresh, existing));
            return;
        }
        ProjectDuplicate earlier = duplicates.findEarlierDecision(
                period.withMonth(1).toString(), period.toString(), m.matchKey(), kind.name(), unitA, unitB);
        duplicates.insertDuplicate(
                earlier == null
                        ? fresh
                        : new ProjectDuplicate(
                                null,
                                fresh.period(),
                                fresh.matchKey(),
                                kind,
                                unitA,
                                fresh.submissionA(),
                                fresh.projectNoA(),
                                fresh.rowA(),
                                unitB,
                                fresh.submissionB(),
                                fresh.projectNoB(),
                                fresh.rowB(),
                                fresh.projectName(),
                                fresh.investor(),
                                now,
                                earlier.decision(),
                                earlier.decisionReason() + "（沿用 " + earlier.period() + " 的裁定）",
                                earlier.decidedBy(),
                                earlier.decidedAt()));
    }

    private static ProjectDuplicate withId(ProjectDuplicate fresh, ProjectDuplicate existing) {
        return new ProjectDuplicate(
                existing.id(),
                fresh.period(),
                fresh.matchKey(),
                fresh.kind(),
                fresh.unitA(),
                fresh.submissionA(),
                fresh.projectNoA(),
                fresh.rowA(),
                fresh.unitB(),
                fresh.submissionB(),
                fresh.projectNoB(),
                fresh.rowB(),
                fresh.projectName(),
                fresh.investor(),
                existing.foundAt(),
                existing.decision(),
                existing.decisionReason(),
                existing.decidedBy(),
                existing.decidedAt());
    }

    private String unitName(int year, String unitCode) {
        AssessedUnit u = units.findUnit(year, unitCode);
        return (u == null ? "" : u.unitName()) + "（" + unitCode + "）";
    }

    /** "2025-09 第 1 版月报表项目台账第 5 行（C5）、项目编号 HY-001". */
    static String where(String period, int version, int row, String cell, String projectNo) {
        return period + " 第 " + version + " 版月报表项目台账第 " + row + " 行" + (cell == null ? "" : "（" + cell + "）") + "、项目编号 "
                + projectNo;
    }

    private static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
