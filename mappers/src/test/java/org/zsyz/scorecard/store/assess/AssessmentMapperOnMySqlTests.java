package org.zsyz.scorecard.store.assess;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class AssessmentMapperOnMySqlTests extends AssessmentMapperTests {}
