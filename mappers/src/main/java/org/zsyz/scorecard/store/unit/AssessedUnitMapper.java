package org.zsyz.scorecard.store.unit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AssessedUnitMapper {

    void insertGroup(AssessmentGroup group);

    void insertUnit(AssessedUnit unit);

    int deleteUnitsOfYear(int assessYear);

    int deleteGroupsOfYear(int assessYear);

    List<AssessmentGroup> findGroups(int assessYear);

    /** In group order, then the order of the targets workbook. */
    List<AssessedUnit> findUnits(int assessYear);

    AssessedUnit findUnit(@Param("assessYear") int assessYear, @Param("unitCode") String unitCode);
}
