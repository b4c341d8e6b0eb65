package org.zsyz.scorecard.store.unit;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class AssessedUnitMapperOnMySqlTests extends AssessedUnitMapperTests {}
