package org.zsyz.scorecard.store.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class LedgerProjectMapperOnH2Tests extends LedgerProjectMapperTests {}
