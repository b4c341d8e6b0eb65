package org.zsyz.scorecard.store.assess;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class AssessmentMapperOnH2Tests extends AssessmentMapperTests {}
