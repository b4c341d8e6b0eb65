package org.zsyz.scorecard.store.targets;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class AnnualTargetMapperOnMySqlTests extends AnnualTargetMapperTests {}
