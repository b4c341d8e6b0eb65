package org.zsyz.scorecard.store.portal;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class UnitStandingMapperOnH2Tests extends UnitStandingMapperTests {}
