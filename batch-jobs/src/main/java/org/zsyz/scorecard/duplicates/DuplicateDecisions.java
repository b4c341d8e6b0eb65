package org.zsyz.scorecard.duplicates;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.audit.AuditActors;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.domain.DuplicateDecision;
import org.zsyz.scorecard.review.ReviewException;
import org.zsyz.scorecard.store.duplicate.DuplicateMapper;
import org.zsyz.scorecard.store.duplicate.ProjectDuplicate;
import org.zsyz.scorecard.store.publish.PublicationMapper;

/**
 * The bureau's decision on a duplicate found at import: counts for one unit, split, or neither. Stored and put on
 * the audit trail in one transaction; the next assessment of the period follows it.
 */
@Service
public class DuplicateDecisions {

    private final DuplicateMapper duplicates;
    private final PublicationMapper publications;
    private final AuditTrail audit;
    private final Clock clock;

    public DuplicateDecisions(
            DuplicateMapper duplicates, PublicationMapper publications, AuditTrail audit, Clock clock) {
        this.duplicates = duplicates;
        this.publications = publications;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return what was decided, in a sentence for the page */
    @Transactional
    public String decide(long id, DuplicateDecision decision, String reason) {
        ProjectDuplicate d = duplicates.findById(id);
        if (d == null) {
            throw new ReviewException("没有编号为 " + id + " 的重复项目");
        }
        if (decision == null) {
            throw new ReviewException("请选择裁定：只计入前一单位、只计入后一单位、两单位各计一半或均不计入");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ReviewException("请填写裁定理由");
        }
        if (why.length() > 400) {
            throw new ReviewException("理由过长（" + why.length() + " 个字，上限 400）");
        }
        String by = AuditActors.current().name();
        duplicates.decide(id, decision, why, by, LocalDateTime.now(clock).withNano(0));
        String label = switch (decision) {
            case UNIT_A -> "只计入 " + d.unitA();
            case UNIT_B -> "只计入 " + d.unitB();
            case SPLIT -> "两单位各计一半";
            case NEITHER -> "均不计入";
        };
        java.time.YearMonth period = java.time.YearMonth.parse(d.period());
        audit.record(
                AuditAction.DUPLICATE_DECISION,
                period,
                d.unitA(),
                "重复项目 #" + id + "：" + d.investor() + " " + d.projectName(),
                label + "（" + d.unitA() + " 项目 " + d.projectNoA() + " / " + d.unitB() + " 项目 " + d.projectNoB()
                        + (d.decision() == null ? "" : "，原裁定：" + d.decision().label()) + "）；理由：" + why);
        return "已裁定“" + d.projectName() + "”：" + label
                + (publications.findLatest(period) == null ? "。下次考核运行时生效" : "。" + period + " 已发布，下次运行将发布更正版");
    }
}
