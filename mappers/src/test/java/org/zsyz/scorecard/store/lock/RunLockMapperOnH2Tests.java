package org.zsyz.scorecard.store.lock;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class RunLockMapperOnH2Tests extends RunLockMapperTests {}
