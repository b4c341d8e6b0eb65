package org.zsyz.scorecard.account;

import org.zsyz.scorecard.testsupport.OnH2;

@OnH2
class PortalAccountMapperOnH2Tests extends PortalAccountMapperTests {
}
