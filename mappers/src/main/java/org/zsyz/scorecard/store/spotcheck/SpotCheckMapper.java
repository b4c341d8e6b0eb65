package org.zsyz.scorecard.store.spotcheck;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zsyz.scorecard.domain.SpotCheckResult;

@Mapper
public interface SpotCheckMapper {

    void insertDraw(SpotCheckDraw draw);

    SpotCheckDraw findDraw(String period);

    void insertCheck(SpotCheck check);

    /** A period's checks, by unit and project number. */
    List<SpotCheck> findByPeriod(String period);

    /** A period's checks of one unit. */
    List<SpotCheck> findByUnit(@Param("period") String period, @Param("unitCode") String unitCode);

    SpotCheck findById(long id);

    int recordResult(
            @Param("id") long id,
            @Param("result") SpotCheckResult result,
            @Param("note") String note,
            @Param("recordedBy") String recordedBy,
            @Param("recordedAt") LocalDateTime recordedAt);
}
