package org.zsyz.scorecard.web;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class PortalPeriodsOnMySqlTests extends PortalPeriodsTests {
}
