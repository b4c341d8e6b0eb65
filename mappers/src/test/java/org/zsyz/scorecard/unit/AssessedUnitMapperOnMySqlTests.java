package org.zsyz.scorecard.unit;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class AssessedUnitMapperOnMySqlTests extends AssessedUnitMapperTests {
}
