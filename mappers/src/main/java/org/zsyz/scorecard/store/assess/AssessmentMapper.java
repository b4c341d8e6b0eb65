package org.zsyz.scorecard.store.assess;

import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** A period's computed results. The assess job replaces a period's rows in one transaction. */
@Mapper
public interface AssessmentMapper {

    void insertRun(AssessmentRun run);

    int insertIndicatorResults(@Param("results") List<IndicatorResult> results);

    int insertUnitScores(@Param("scores") List<UnitScore> scores);

    int insertAdjustments(@Param("adjustments") List<ScoreAdjustment> adjustments);

    int insertWarnings(@Param("warnings") List<AssessmentWarning> warnings);

    int deleteRun(YearMonth period);

    int deleteIndicatorResults(YearMonth period);

    int deleteUnitScores(YearMonth period);

    int deleteAdjustments(YearMonth period);

    int deleteWarnings(YearMonth period);

    AssessmentRun findRun(YearMonth period);

    /** Per unit, when its first accepted return of the period arrived (lateness is judged by it). */
    List<ReturnArrival> findFirstAcceptedArrivals(YearMonth period);

    /** Group order as stored, then rank (unranked last), then unit code. */
    List<UnitScore> findUnitScores(@Param("period") YearMonth period);

    UnitScore findUnitScore(@Param("period") YearMonth period, @Param("unitCode") String unitCode);

    List<IndicatorResult> findIndicatorResults(YearMonth period);

    List<IndicatorResult> findIndicatorResultsOfUnit(
            @Param("period") YearMonth period, @Param("unitCode") String unitCode);

    /** The unit's scores for the months of a year up to the period, oldest first (trend chart). */
    List<UnitScore> findUnitScoresOfYear(
            @Param("unitCode") String unitCode, @Param("from") YearMonth from, @Param("to") YearMonth to);

    /** One indicator of a unit month by month, oldest first (trend chart). */
    List<IndicatorResult> findIndicatorHistory(
            @Param("unitCode") String unitCode,
            @Param("indicator") org.zsyz.scorecard.store.indicator.Indicator indicator,
            @Param("from") YearMonth from,
            @Param("to") YearMonth to);

    List<ScoreAdjustment> findAdjustments(YearMonth period);

    List<AssessmentWarning> findWarnings(YearMonth period);

    List<ScoreAdjustment> findAdjustmentsOfUnit(@Param("period") YearMonth period, @Param("unitCode") String unitCode);

    List<AssessmentWarning> findWarningsOfUnit(@Param("period") YearMonth period, @Param("unitCode") String unitCode);
}
