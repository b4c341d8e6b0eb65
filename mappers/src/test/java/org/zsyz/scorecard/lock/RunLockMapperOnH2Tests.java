package org.zsyz.scorecard.lock;

import org.zsyz.scorecard.testsupport.OnH2;

@OnH2
class RunLockMapperOnH2Tests extends RunLockMapperTests {
}
