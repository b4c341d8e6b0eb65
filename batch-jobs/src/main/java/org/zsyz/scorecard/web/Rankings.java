package org.zsyz.scorecard.web;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.publish.RankingColumns;
import org.zsyz.scorecard.publish.ScorecardAssembler;
import org.zsyz.scorecard.report.Formats;
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
     * @param columns one per indicator of the period's method, with each unit's 完成率 and 单项排名 (as in the
     *                bulletin); {@code null} when no period is assessed
     */
    record Ranking(YearMonth period, List<YearMonth> periods, List<UnitScore> scores, RankingColumns columns) {

        /** 完成率（单项排名） of a unit in the column, as the bulletin prints it. */
        public List<String> cellTexts(String unitCode) {
            return columns.cellsOf(unitCode).stream()
                    .map(c -> Formats.rateWithRank(c.completionRate(), c.rank()))
                    .toList();
        }
    }

    private final BureauMapper bureau;
    private final PortalMapper portal;
    private final AssessmentMapper assessments;
    private final ScorecardAssembler assembler;

    Rankings(BureauMapper bureau, PortalMapper portal, AssessmentMapper assessments, ScorecardAssembler assembler) {
        this.bureau = bureau;
        this.portal = portal;
        this.assessments = assessments;
        this.assembler = assembler;
    }

    Ranking of(YearMonth asked) {
        List<YearMonth> assessed = bureau.assessedPeriods();
        YearMonth p = asked == null || !assessed.contains(asked) ? portal.latestAssessedPeriod() : asked;
        if (p == null) {
            return new Ranking(null, assessed, List.of(), null);
        }
        return new Ranking(p, assessed, assessments.findUnitScores(p), assembler.rankingColumns(p));
    }
}
