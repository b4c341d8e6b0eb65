package org.zsyz.scorecard.targets;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class TargetsImportOnMySqlTests extends TargetsImportTests {
}
