package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class CrashMidFileOnH2Tests extends CrashMidFileTests {}
