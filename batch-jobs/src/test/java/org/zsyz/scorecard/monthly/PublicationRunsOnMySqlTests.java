package org.zsyz.scorecard.monthly;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class PublicationRunsOnMySqlTests extends PublicationRunsTests {}
