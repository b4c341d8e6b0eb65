package org.zsyz.scorecard.monthly;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class OneGroupCityOnMySqlTests extends OneGroupCityTests {
}
