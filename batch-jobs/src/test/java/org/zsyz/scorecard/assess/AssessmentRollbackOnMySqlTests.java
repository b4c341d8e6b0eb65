package org.zsyz.scorecard.assess;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class AssessmentRollbackOnMySqlTests extends AssessmentRollbackTests {}
