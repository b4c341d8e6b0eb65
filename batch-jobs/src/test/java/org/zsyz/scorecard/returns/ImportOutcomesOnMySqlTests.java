package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class ImportOutcomesOnMySqlTests extends ImportOutcomesTests {
}
