package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.portal.BureauMapper;
import org.zsyz.scorecard.store.portal.PortalMapper;

/** The bureau's ranking page: the assessed periods and one period's scores. */
@Component
class Rankings {

    /**
     * @param period  the period shown: the one asked for when it is assessed, else the latest assessed one
     *                ({@code null} when none is)
     * @param periods every assessed period
     */
    record Ranking(YearMonth period, List<YearMonth> periods, List<UnitScore> scores) {}

    private final BureauMapper bureau;
    private final PortalMapper portal;
    private final AssessmentMapper assessments;

    Rankings(BureauMapper bureau, PortalMapper portal, AssessmentMapper assessments) {
        this.bureau = bureau;
        this.portal = portal;
        this.assessments = assessments;
    }

    Ranking of(YearMonth asked) {
        List<YearMonth> assessed = bureau.assessedPeriods();
        YearMonth p = asked == null || !assessed.contains(asked) ? portal.latestAssessedPeriod() : asked;
        return new Ranking(p, assessed, p == null ? List.of() : assessments.findUnitScores(p));
    }
}
