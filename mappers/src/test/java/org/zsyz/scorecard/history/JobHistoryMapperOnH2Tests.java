package org.zsyz.scorecard.history;

import org.zsyz.scorecard.testsupport.OnH2;

@OnH2
class JobHistoryMapperOnH2Tests extends JobHistoryMapperTests {
}
