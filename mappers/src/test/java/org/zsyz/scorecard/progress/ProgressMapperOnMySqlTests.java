package org.zsyz.scorecard.progress;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class ProgressMapperOnMySqlTests extends ProgressMapperTests {
}
