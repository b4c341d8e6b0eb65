package org.zsyz.scorecard.store.targets;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface AnnualTargetMapper {

    void insertTarget(AnnualTarget target);

    void insertScheduleProgress(ScheduleProgress progress);

    void insertImport(TargetImport targetImport);

    int deleteTargetsOfYear(int assessYear);

    int deleteScheduleOfYear(int assessYear);

    List<AnnualTarget> findTargets(int assessYear);

    /** Empty when the year has no configured schedule (then it is m/12). */
    List<ScheduleProgress> findSchedule(int assessYear);

    List<TargetImport> findImports(int assessYear);
}
