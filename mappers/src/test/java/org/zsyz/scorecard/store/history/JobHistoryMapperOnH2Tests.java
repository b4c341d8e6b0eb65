package org.zsyz.scorecard.store.history;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class JobHistoryMapperOnH2Tests extends JobHistoryMapperTests {}
