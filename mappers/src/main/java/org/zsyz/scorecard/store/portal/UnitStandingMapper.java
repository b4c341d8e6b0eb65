package org.zsyz.scorecard.store.portal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** A unit's own results across periods, as its county page shows them. */
@Mapper
public interface UnitStandingMapper {

    /** The unit's results of the published periods, newest first. */
    List<UnitStanding> findPublished(@Param("unitCode") String unitCode, @Param("limit") int limit);

    /** The unit's result of one period (published or not), {@code null} if the period was not assessed for it. */
    UnitStanding findOne(@Param("unitCode") String unitCode, @Param("period") java.time.YearMonth period);

    /** The unit's name in the newest year that lists it, {@code null} if no year does. */
    String latestUnitName(String unitCode);

    /** How many units the year's targets list (0: the year's targets were not imported). */
    int countUnitsOfYear(int assessYear);
}
