package org.zsyz.scorecard.batch;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class RestartFunctionalOnMySqlTests extends RestartFunctionalTests {}
