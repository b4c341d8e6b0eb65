package org.zsyz.scorecard.portal;

import org.zsyz.scorecard.testsupport.OnH2;

@OnH2
class BureauMapperOnH2Tests extends BureauMapperTests {
}
