package org.zsyz.scorecard.annual;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class AnnualAssessmentOnMySqlTests extends AnnualAssessmentTests {}
