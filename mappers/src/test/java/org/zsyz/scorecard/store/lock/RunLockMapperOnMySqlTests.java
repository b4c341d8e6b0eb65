package org.zsyz.scorecard.store.lock;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class RunLockMapperOnMySqlTests extends RunLockMapperTests {}
