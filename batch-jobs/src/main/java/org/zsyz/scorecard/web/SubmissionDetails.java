package org.zsyz.scorecard.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.portal.BureauMapper;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.portal.SendBack;
import org.zsyz.scorecard.store.portal.SubmissionFacts;
import org.zsyz.scorecard.store.portal.SubmissionLine;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.returns.SubmissionIssue;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/** One version's detail page: its line, its problems, a 退回 on it; for the bureau also its figures. */
@Component
class SubmissionDetails {

    /**
     * @param facts       the version's figures, bureau only ({@code null} for a county)
     * @param canSendBack whether the version is the one counting for its unit and period (only that one can be
     *                    sent back)
     */
    record Detail(
            SubmissionLine line,
            String unitName,
            SubmissionFacts facts,
            List<SubmissionIssue> issues,
            SendBack sendBack,
            boolean canSendBack) {}

    private final PortalReturns returns;
    private final PortalMapper portal;
    private final BureauMapper bureau;
    private final ReturnSubmissionMapper submissions;
    private final AssessedUnitMapper units;
    private final YearTargetsCheck yearTargets;

    SubmissionDetails(
            PortalReturns returns,
            PortalMapper portal,
            BureauMapper bureau,
            ReturnSubmissionMapper submissions,
            AssessedUnitMapper units,
            YearTargetsCheck yearTargets) {
        this.returns = returns;
        this.portal = portal;
        this.bureau = bureau;
        this.submissions = submissions;
        this.units = units;
        this.yearTargets = yearTargets;
    }

    /** Any unit's version, {@code null} when there is none with this id. */
    Detail forBureau(long id) {
        SubmissionLine line = returns.lineOf(id, null);
        if (line == null) {
            return null;
        }
        ReturnSubmission counting = submissions.findCountingForUnit(line.unitCode(), line.period());
        AssessedUnit unit = units.findUnit(line.period().getYear(), line.unitCode());
        return new Detail(
                line,
                unit == null ? null : unit.unitName(),
                bureau.findFacts(id),
                submissions.findIssues(id),
                portal.findSendBack(id),
                counting != null && counting.id() == id);
    }

    /** A version of the unit's own, {@code null} when the id is another unit's or none at all. */
    Detail forCounty(long id, String unitCode) {
        SubmissionLine line = returns.lineOf(id, unitCode);
        if (line == null) {
            return null;
        }
        return new Detail(
                line,
                yearTargets.unitName(line.period(), line.unitCode()),
                null,
                submissions.findIssues(id),
                portal.findSendBack(id),
                false);
    }
}
