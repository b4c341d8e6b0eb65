package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class InboxFlowOnMySqlTests extends InboxFlowTests {}
