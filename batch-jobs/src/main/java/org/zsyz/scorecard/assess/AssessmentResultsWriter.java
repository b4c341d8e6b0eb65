package org.zsyz.scorecard.assess;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.jdbc.MultiRowInsert;
import org.zsyz.scorecard.store.assess.AssessmentWarning;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.ScoreAdjustment;

/**
 * Writes the period's indicator results, score adjustments and warnings (at nation scale 28,500, 26,000 and
 * 119,000 rows) as multi-row inserts in the assessment's transaction. The same rows through
 * {@code AssessmentMapper}'s {@code <foreach>} inserts were most of the assessment's own thread: MyBatis evaluates
 * an OGNL expression per column per row. Values are stored as the mapper reads them back (the period as
 * {@code yyyy-MM}, the indicator, the colour band and the kinds by their enum names).
 */
@Component
public class AssessmentResultsWriter {

    private static final MultiRowInsert<IndicatorResult> INDICATOR_RESULTS = new MultiRowInsert<>(
            "indicator_result",
            List.of(
                    "period",
                    "unit_code",
                    "indicator_code",
                    "value_ytd",
                    "numerator",
                    "denominator",
                    "target_value",
                    "progress",
                    "schedule_target",
                    "completion_rate",
                    "schedule_gap",
                    "last_year_ytd",
                    "yoy_rate",
                    "weight",
                    "score",
                    "indicator_rank",
                    "colour_band",
                    "formula",
                    "scoring_method",
                    "benchmark",
                    "base_weight",
                    "score_share"),
            AssessmentResultsWriter::bind);

    private static final MultiRowInsert<ScoreAdjustment> ADJUSTMENTS = new MultiRowInsert<>(
            "score_adjustment",
            List.of("period", "unit_code", "seq_no", "kind", "points", "project_no", "reason"),
            (ps, o, a) -> {
                ps.setString(o + 1, a.period().toString());
                ps.setString(o + 2, a.unitCode());
                ps.setInt(o + 3, a.seqNo());
                ps.setString(o + 4, a.kind().name());
                ps.setBigDecimal(o + 5, a.points());
                ps.setString(o + 6, a.projectNo());
                ps.setString(o + 7, a.reason());
            });

    private static final MultiRowInsert<AssessmentWarning> WARNINGS = new MultiRowInsert<>(
            "assessment_warning",
            List.of("period", "unit_code", "seq_no", "kind", "indicator_code", "project_no", "message"),
            (ps, o, w) -> {
                ps.setString(o + 1, w.period().toString());
                ps.setString(o + 2, w.unitCode());
                ps.setInt(o + 3, w.seqNo());
                ps.setString(o + 4, w.kind().name());
                ps.setString(o + 5, w.indicatorCode());
                ps.setString(o + 6, w.projectNo());
                ps.setString(o + 7, w.message());
            });

    private final JdbcTemplate jdbc;

    public AssessmentResultsWriter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public int insertIndicatorResults(List<IndicatorResult> rows) {
        return INDICATOR_RESULTS.insert(jdbc, rows);
    }

    public int insertAdjustments(List<ScoreAdjustment> rows) {
        return ADJUSTMENTS.insert(jdbc, rows);
    }

    public int insertWarnings(List<AssessmentWarning> rows) {
        return WARNINGS.insert(jdbc, rows);
    }

    private static void bind(PreparedStatement ps, int o, IndicatorResult r) throws SQLException {
        ps.setString(o + 1, r.period().toString());
        ps.setString(o + 2, r.unitCode());
        ps.setString(o + 3, r.indicator() == null ? null : r.indicator().name());
        ps.setBigDecimal(o + 4, r.valueYtd());
        ps.setBigDecimal(o + 5, r.numerator());
        ps.setBigDecimal(o + 6, r.denominator());
        ps.setBigDecimal(o + 7, r.targetValue());
        ps.setBigDecimal(o + 8, r.progress());
        ps.setBigDecimal(o + 9, r.scheduleTarget());
        ps.setBigDecimal(o + 10, r.completionRate());
        ps.setBigDecimal(o + 11, r.scheduleGap());
        ps.setBigDecimal(o + 12, r.lastYearYtd());
        ps.setBigDecimal(o + 13, r.yoyRate());
        ps.setBigDecimal(o + 14, r.weight());
        ps.setBigDecimal(o + 15, r.score());
        MultiRowInsert.setInteger(ps, o + 16, r.indicatorRank());
        ps.setString(o + 17, r.colourBand() == null ? null : r.colourBand().name());
        ps.setString(o + 18, r.formula());
        ps.setString(o + 19, r.scoringMethod());
        ps.setBigDecimal(o + 20, r.benchmark());
        ps.setBigDecimal(o + 21, r.baseWeight());
        ps.setBigDecimal(o + 22, r.scoreShare());
    }
}
