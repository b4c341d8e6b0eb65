package org.zsyz.scorecard.monthly;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class OneGroupCityOnH2Tests extends OneGroupCityTests {}
