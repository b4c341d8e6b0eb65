package org.zsyz.scorecard.store.progress;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class ProgressMapperOnMySqlTests extends ProgressMapperTests {}
