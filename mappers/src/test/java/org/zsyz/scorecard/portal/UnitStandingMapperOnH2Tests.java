package org.zsyz.scorecard.portal;

import org.zsyz.scorecard.testsupport.OnH2;

@OnH2
class UnitStandingMapperOnH2Tests extends UnitStandingMapperTests {
}
