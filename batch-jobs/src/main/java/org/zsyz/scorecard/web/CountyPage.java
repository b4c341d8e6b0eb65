package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.portal.UnitStanding;
import org.zsyz.scorecard.store.portal.UnitStandingMapper;

/** What the county page shows for a unit and period: status banner, versions, published results, scorecards. */
@Component
class CountyPage {

    /** How many published months the score history shows. */
    static final int HISTORY_MONTHS = 24;

    /** How many of the unit's versions the history lists. */
    private static final int VERSIONS_SHOWN = 60;

    private final PortalReturns returns;
    private final PortalPublications publications;
    private final PortalMapper portal;
    private final CountyStatus status;
    private final YearTargetsCheck yearTargets;
    private final UnitStandingMapper standings;

    CountyPage(
            PortalReturns returns,
            PortalPublications publications,
            PortalMapper portal,
            CountyStatus status,
            YearTargetsCheck yearTargets,
            UnitStandingMapper standings) {
        this.returns = returns;
        this.publications = publications;
        this.portal = portal;
        this.status = status;
        this.yearTargets = yearTargets;
        this.standings = standings;
    }

    /** The page's model attributes, in the order the page reads them. */
    Map<String, Object> of(PortalUser user, YearMonth period) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("unitName", yearTargets.unitName(period, user.unitCode()));
        model.put("period", period);
        model.put("periods", returns.openPeriods());
        model.put("closed", yearTargets.problem(period, user.unitCode()));
        model.put("banner", status.banner(user.unitCode(), period));
        model.put("history", portal.findUnitLines(user.unitCode(), VERSIONS_SHOWN));
        List<UnitStanding> results = standings.findPublished(user.unitCode(), HISTORY_MONTHS);
        model.put("standings", results);
        model.put("trend", ScoreTrend.of(results));
        model.put("scorecards", publications.unitPeriods(user.unitCode()));
        return model;
    }
}
