package org.zsyz.scorecard.batch;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class RestartFunctionalOnH2Tests extends RestartFunctionalTests {}
