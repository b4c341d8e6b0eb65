package org.zsyz.scorecard.assess;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class AssessmentRollbackOnMySqlTests extends AssessmentRollbackTests {
}
