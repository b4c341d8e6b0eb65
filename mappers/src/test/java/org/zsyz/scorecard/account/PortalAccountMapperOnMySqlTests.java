package org.zsyz.scorecard.account;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class PortalAccountMapperOnMySqlTests extends PortalAccountMapperTests {
}
