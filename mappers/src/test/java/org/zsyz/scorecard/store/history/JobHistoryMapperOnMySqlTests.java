package org.zsyz.scorecard.store.history;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class JobHistoryMapperOnMySqlTests extends JobHistoryMapperTests {}
