package org.zsyz.scorecard.portal;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class BureauMapperOnMySqlTests extends BureauMapperTests {
}
