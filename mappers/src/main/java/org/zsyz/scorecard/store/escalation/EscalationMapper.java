package org.zsyz.scorecard.store.escalation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The stored lights the warning ladder climbs from: the yellow and red bands of the year's months so far. */
@Mapper
public interface EscalationMapper {

    /** Yellow and red indicator bands of the periods {@code from}..{@code to} (yyyy-MM, inclusive). */
    List<UnitMonthBand> findWarningBands(@Param("from") String from, @Param("to") String to);

    /** The same for one unit (a scorecard asks for its own). */
    List<UnitMonthBand> findWarningBandsOfUnit(
            @Param("from") String from, @Param("to") String to, @Param("unitCode") String unitCode);
}
