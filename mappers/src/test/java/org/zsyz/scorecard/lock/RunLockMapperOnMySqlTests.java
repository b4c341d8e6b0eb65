package org.zsyz.scorecard.lock;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class RunLockMapperOnMySqlTests extends RunLockMapperTests {
}
