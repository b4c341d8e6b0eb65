package org.zsyz.scorecard.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.assess.Decimals;
import org.zsyz.scorecard.assess.ReviewAmounts;
import org.zsyz.scorecard.audit.AuditActors;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.domain.ReviewKind;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationMapper;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.review.ProjectReview;
import org.zsyz.scorecard.store.review.ReviewMapper;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * 认定: the bureau marks a project of a unit's counting return 不予认定, or 核减 one of its amounts, from a period
 * on, or ends such a 认定. Each is checked against the counting return (a project not in it is refused, nothing
 * stored), stored and put on the audit trail in one transaction; the next assessment applies it.
 */
@Service
public class ReviewService {

    private final ReviewMapper reviews;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final AssessedUnitMapper units;
    private final PublicationMapper publications;
    private final AuditTrail audit;
    private final Clock clock;

    public ReviewService(
            ReviewMapper reviews,
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger,
            AssessedUnitMapper units,
            PublicationMapper publications,
            AuditTrail audit,
            Clock clock) {
        this.reviews = reviews;
        this.submissions = submissions;
        this.ledger = ledger;
        this.units = units;
        this.publications = publications;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was done, and whether a published month must be published again as a 更正版. */
    public record Outcome(ProjectReview review, String message) {}

    @Transactional
    public Outcome exclude(YearMonth period, String unitCode, String projectNo, String reason) {
        return add(period, unitCode, projectNo, ReviewKind.EXCLUDE, null, null, reason);
    }

    /** @param field one of {@link ReviewAmounts#ALL}; {@code null} = 本年到位资金 */
    @Transactional
    public Outcome reduce(
            YearMonth period, String unitCode, String projectNo, String field, BigDecimal amount, String reason) {
        String f = field == null || field.isBlank() ? ReviewAmounts.FUNDS_THIS_YEAR : field.strip();
        if (!ReviewAmounts.ALL.contains(f)) {
            throw new ReviewException("核减的金额项“" + f + "”不存在；可选 " + String.join("、", ReviewAmounts.ALL));
        }
        if (amount == null || amount.signum() <= 0) {
            throw new ReviewException("核减金额须大于 0");
        }
        return add(period, unitCode, projectNo, ReviewKind.REDUCE, f, amount, reason);
    }

    @Transactional
    public Outcome undo(YearMonth period, String unitCode, String projectNo, String reason) {
        String why = reason(reason);
        ProjectReview r = reviews.findInForceFor(period.toString(), code(unitCode), no(projectNo));
        if (r == null) {
            throw new ReviewException(unitCode + " 的项目 " + projectNo + " 在 " + period + " 没有生效的认定，无可撤销");
        }
        String by = AuditActors.current().name();
        reviews.endReview(
                r.id(), period.toString(), why, by, LocalDateTime.now(clock).withNano(0));
        audit.record(
                AuditAction.RECOGNITION,
                period,
                r.unitCode(),
                "撤销认定：项目 " + r.projectNo() + " " + r.projectName(),
                "撤销" + r.kind().label() + "（原自 " + r.fromPeriod() + " 起），自 " + period + " 起恢复计入；理由：" + why);
        return new Outcome(
                r,
                "已撤销 " + r.unitCode() + " 项目 " + r.projectNo() + " 的" + r.kind().label() + "，自 " + period + " 起恢复计入"
                        + lockNote(period));
    }

    /** The 认定 of a year (in force in any of its months), newest first. */
    @Transactional(readOnly = true)
    public List<ProjectReview> ofYear(int year) {
        return reviews.findOfYear(year + "-01", year + "-12");
    }

    private Outcome add(
            YearMonth period,
            String unitCode,
            String projectNo,
            ReviewKind kind,
            String field,
            BigDecimal amount,
            String reason) {
        String why = reason(reason);
        String code = code(unitCode);
        String no = no(projectNo);
        AssessedUnit unit = units.findUnit(period.getYear(), code);
        if (unit == null) {
            throw new ReviewException(period.getYear() + " 年没有考核单位 " + code);
        }
        ReturnSubmission counting = submissions.findCountingForUnit(code, period);
        if (counting == null) {
            throw new ReviewException(unit.unitName() + "（" + code + "）" + period + " 没有计入考核的月报表，无法认定其项目");
        }
        LedgerProject project = ledger.findProjects(counting.id()).stream()
                .filter(p -> p.projectNo().equals(no))
                .findFirst()
                .orElseThrow(() -> new ReviewException("项目编号 " + no + " 不在" + unit.unitName() + "（" + code + "）"
                        + period + " 计入考核的月报表（第 " + counting.versionNo() + " 版）项目台账中，未认定"));
        if (reviews.findInForceFor(period.toString(), code, no) != null) {
            throw new ReviewException("项目 " + no + " 在 " + period + " 已有生效的认定；如需改变，请先撤销（undo）再认定");
        }
        ProjectReview review = new ProjectReview(
                null,
                code,
                no,
                clip(project.projectName(), 200),
                period.toString(),
                null,
                kind,
                field,
                amount,
                why,
                AuditActors.current().name(),
                LocalDateTime.now(clock).withNano(0),
                null,
                null,
                null);
        reviews.insertReview(review);
        String what = kind == ReviewKind.EXCLUDE
                ? "不予认定"
                : "核减" + ReviewAmounts.label(field) + " " + Decimals.plain(amount) + ReviewAmounts.unit(field);
        audit.record(
                AuditAction.RECOGNITION,
                period,
                code,
                "认定：项目 " + no + " " + project.projectName(),
                what + "，自 " + period + " 起；理由：" + why);
        return new Outcome(
                review,
                "已认定 " + unit.unitName() + "（" + code + "）项目 " + no + "“" + project.projectName() + "”：" + what + "，自 "
                        + period + " 起" + lockNote(period));
    }

    /** A published month is locked: the change shows in the 更正版 the next run of it publishes. */
    private String lockNote(YearMonth period) {
        Publication latest = publications.findLatest(period);
        return latest == null ? "。下次考核运行时生效" : "。" + period + " 已发布，下次运行（monthly --period " + period + "）将发布更正版";
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewException("请填写理由（认定须说明理由，并列入该单位成绩单的核减说明）");
        }
        String r = reason.strip();
        if (r.length() > 400) {
            throw new ReviewException("理由过长（" + r.length() + " 个字，上限 400）");
        }
        return r;
    }

    private static String code(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new ReviewException("请指定单位代码");
        }
        return unitCode.strip();
    }

    private static String no(String projectNo) {
        if (projectNo == null || projectNo.isBlank()) {
            throw new ReviewException("请指定项目编号");
        }
        return projectNo.strip();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
