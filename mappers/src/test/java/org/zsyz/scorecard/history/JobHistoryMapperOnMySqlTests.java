package org.zsyz.scorecard.history;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class JobHistoryMapperOnMySqlTests extends JobHistoryMapperTests {
}
