package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class ImportOutcomesOnH2Tests extends ImportOutcomesTests {}
