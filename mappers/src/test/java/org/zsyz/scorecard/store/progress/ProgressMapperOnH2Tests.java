package org.zsyz.scorecard.store.progress;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class ProgressMapperOnH2Tests extends ProgressMapperTests {}
