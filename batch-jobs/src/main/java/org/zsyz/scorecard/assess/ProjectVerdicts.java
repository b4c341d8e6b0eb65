package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.domain.DuplicateDecision;
import org.zsyz.scorecard.domain.DuplicateKind;
import org.zsyz.scorecard.domain.ExclusionSource;
import org.zsyz.scorecard.domain.ReviewKind;
import org.zsyz.scorecard.store.duplicate.ProjectDuplicate;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.review.ProjectReview;

/**
 * What counts of a unit's ledger for a period: the method's exclusions, the bureau's 认定 in force (不予认定,
 * 核减) and its duplicate decisions, applied project by project before the figures add it up. {@link #NONE}
 * changes nothing, so a period without any gives the results it gave before.
 */
public final class ProjectVerdicts {

    public static final ProjectVerdicts NONE = new ProjectVerdicts(List.of(), List.of(), List.of());

    /** A project left out or counted for less, with who decided it and why. */
    public record Excluded(
            String projectNo, String projectName, ExclusionSource source, String effect, String reason) {}

    private final List<ExclusionReader.Exclusion> exclusions;
    private final Map<String, ProjectReview> reviews = new HashMap<>();
    private final Map<String, Duplicate> duplicates = new HashMap<>();

    private record Duplicate(boolean excluded, ProjectDuplicate row) {}

    public ProjectVerdicts(
            List<ExclusionReader.Exclusion> exclusions, List<ProjectReview> inForce, List<ProjectDuplicate> decided) {
        this.exclusions = List.copyOf(exclusions);
        inForce.forEach(r -> reviews.put(key(r.unitCode(), r.projectNo()), r)); // the newest wins
        for (ProjectDuplicate d : decided) {
            if (d.decision() == null) {
                continue;
            }
            Duplicate a = null;
            Duplicate b = null;
            switch (d.decision()) {
                case UNIT_A -> b = new Duplicate(true, d);
                case UNIT_B -> a = new Duplicate(true, d);
                case SPLIT -> {
                    a = new Duplicate(false, d);
                    b = new Duplicate(false, d);
                }
                case NEITHER -> {
                    a = new Duplicate(true, d);
                    b = new Duplicate(true, d);
                }
            }
            if (d.kind() == DuplicateKind.SIGNED_BEFORE) {
                // only unit A reports it as new this year; B's return of an earlier year is not assessed now
                b = null;
                if (d.decision() == DuplicateDecision.UNIT_A) {
                    a = null;
                }
            }
            if (a != null) {
                duplicates.put(key(d.unitA(), d.projectNoA()), a);
            }
            if (b != null) {
                duplicates.put(key(d.unitB(), d.projectNoB()), b);
            }
        }
    }

    public boolean isEmpty() {
        return exclusions.isEmpty() && reviews.isEmpty() && duplicates.isEmpty();
    }

    /**
     * The project as it counts for the unit, {@code null} when it does not count at all; what was left out is
     * added to {@code out}.
     */
    public LedgerProject apply(String unitCode, LedgerProject p, ProjectCondition.Dates dates, List<Excluded> out) {
        for (ExclusionReader.Exclusion e : exclusions) {
            if (e.where().test(p, dates)) {
                out.add(new Excluded(p.projectNo(), p.projectName(), ExclusionSource.METHOD, "不予认定", e.name()));
                return null;
            }
        }
        String key = key(unitCode, p.projectNo());
        ProjectReview review = reviews.get(key);
        if (review != null) {
            if (review.kind() == ReviewKind.EXCLUDE) {
                out.add(new Excluded(
                        p.projectNo(), p.projectName(), ExclusionSource.BUREAU, "不予认定", reviewReason(review)));
                return null;
            }
            p = reduce(p, review.amountField(), review.amount());
            out.add(new Excluded(
                    p.projectNo(),
                    p.projectName(),
                    ExclusionSource.BUREAU,
                    "核减" + ReviewAmounts.label(review.amountField()) + " " + Decimals.plain(review.amount())
                            + ReviewAmounts.unit(review.amountField()),
                    reviewReason(review)));
        }
        Duplicate dup = duplicates.get(key);
        if (dup != null) {
            ProjectDuplicate d = dup.row();
            String reason = d.decision().label() + "（与" + (unitCode.equals(d.unitA()) ? d.unitB() : d.unitA()) + "重复）"
                    + (d.decisionReason() == null || d.decisionReason().isBlank() ? "" : "：" + d.decisionReason());
            if (dup.excluded()) {
                out.add(new Excluded(p.projectNo(), p.projectName(), ExclusionSource.DUPLICATE, "不予计入", reason));
                return null;
            }
            out.add(new Excluded(p.projectNo(), p.projectName(), ExclusionSource.DUPLICATE, "各项金额按一半计入", reason));
            return halve(p);
        }
        return p;
    }

    private static String reviewReason(ProjectReview r) {
        return r.reason() + "（" + r.fromPeriod() + " 起）";
    }

    private static LedgerProject reduce(LedgerProject p, String field, BigDecimal amount) {
        BigDecimal contract = p.contractAmount();
        BigDecimal total = p.fundsTotal();
        BigDecimal thisYear = p.fundsThisYear();
        BigDecimal foreign = p.foreignFundsThisYear();
        switch (field) {
            case ReviewAmounts.CONTRACT -> contract = less(contract, amount);
            case ReviewAmounts.FUNDS_TOTAL -> total = less(total, amount);
            case ReviewAmounts.FOREIGN -> foreign = less(foreign, amount);
            default -> {
                // 本年到位资金 taken off is also not in place in total
                thisYear = less(thisYear, amount);
                total = less(total, amount);
            }
        }
        return with(p, contract, total, thisYear, foreign);
    }

    private static LedgerProject halve(LedgerProject p) {
        return with(
                p,
                half(p.contractAmount()),
                half(p.fundsTotal()),
                half(p.fundsThisYear()),
                half(p.foreignFundsThisYear()));
    }

    private static BigDecimal half(BigDecimal v) {
        return v == null ? null : v.divide(BigDecimal.valueOf(2), Math.max(8, v.scale()), RoundingMode.HALF_UP);
    }

    private static BigDecimal less(BigDecimal v, BigDecimal amount) {
        if (v == null) {
            return null;
        }
        BigDecimal left = v.subtract(amount);
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    private static LedgerProject with(
            LedgerProject p, BigDecimal contract, BigDecimal total, BigDecimal thisYear, BigDecimal foreign) {
        return new LedgerProject(
                p.submissionId(),
                p.projectNo(),
                p.rowNo(),
                p.projectName(),
                p.investor(),
                p.investorSource(),
                p.industry(),
                p.projectStatus(),
                p.signedOn(),
                contract,
                p.startedOn(),
                total,
                thisYear,
                foreign,
                p.fulfilled(),
                p.fortune500(),
                p.remark());
    }

    private static String key(String unitCode, String projectNo) {
        return unitCode + '\u001f' + projectNo;
    }
}
