package org.zsyz.scorecard.store.returns;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class LedgerProjectMapperOnMySqlTests extends LedgerProjectMapperTests {}
