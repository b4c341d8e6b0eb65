package org.zsyz.scorecard.annual;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class AnnualRestartOnH2Tests extends AnnualRestartTests {}
