package org.zsyz.scorecard.store.targets;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class AnnualTargetMapperOnH2Tests extends AnnualTargetMapperTests {}
