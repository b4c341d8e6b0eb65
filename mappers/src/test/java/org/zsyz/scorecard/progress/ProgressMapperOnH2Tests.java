package org.zsyz.scorecard.progress;

import org.zsyz.scorecard.testsupport.OnH2;

@OnH2
class ProgressMapperOnH2Tests extends ProgressMapperTests {
}
