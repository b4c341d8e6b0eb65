package org.zsyz.scorecard.batch;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class RestartFunctionalOnMySqlTests extends RestartFunctionalTests {
}
