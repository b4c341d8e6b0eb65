package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class InboxFlowOnH2Tests extends InboxFlowTests {}
