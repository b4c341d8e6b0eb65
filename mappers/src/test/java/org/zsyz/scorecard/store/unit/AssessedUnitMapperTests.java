package org.zsyz.scorecard.store.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class AssessedUnitMapperTests {

    @Autowired
    AssessedUnitMapper units;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoGroups() {
        units.insertGroup(new AssessmentGroup(2013, "县市区", 1));
        units.insertGroup(new AssessmentGroup(2013, "城区", 2));
        units.insertUnit(new AssessedUnit(2013, "410782", "辉县市", "县市区", true, 2));
        units.insertUnit(new AssessedUnit(2013, "410711", "牧野区", "城区", true, 1));
        units.insertUnit(new AssessedUnit(2013, "410721", "新乡县", "县市区", false, 1));
    }

    @Test
    void insertUnitStoresChineseNamesAndFlag() {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT unit_name, group_name, ranked FROM assessed_unit WHERE assess_year = 2013 AND unit_code = '410711'");
        assertThat(row.get("unit_name")).isEqualTo("牧野区");
        assertThat(row.get("group_name")).isEqualTo("城区");
        assertThat(row.get("ranked")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void findUnitsFollowsGroupOrderThenWorkbookOrder() {
        assertThat(units.findUnits(2013))
                .extracting(AssessedUnit::unitCode)
                .containsExactly("410721", "410782", "410711");
        assertThat(units.findUnits(2014)).isEmpty();
    }

    @Test
    void findUnitMapsEveryColumn() {
        assertThat(units.findUnit(2013, "410721")).isEqualTo(new AssessedUnit(2013, "410721", "新乡县", "县市区", false, 1));
        assertThat(units.findUnit(2013, "999999")).isNull();
    }

    @Test
    void deletingAYearRemovesItsUnitsAndGroupsOnly() {
        units.insertGroup(new AssessmentGroup(2014, "城区", 1));
        units.insertUnit(new AssessedUnit(2014, "410711", "牧野区", "城区", true, 1));

        assertThat(units.deleteUnitsOfYear(2013)).isEqualTo(3);
        assertThat(units.deleteGroupsOfYear(2013)).isEqualTo(2);

        assertThat(units.findGroups(2013)).isEmpty();
        assertThat(units.findGroups(2014))
                .extracting(AssessmentGroup::groupName)
                .containsExactly("城区");
    }
}
