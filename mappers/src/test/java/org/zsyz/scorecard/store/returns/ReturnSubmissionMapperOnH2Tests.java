package org.zsyz.scorecard.store.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class ReturnSubmissionMapperOnH2Tests extends ReturnSubmissionMapperTests {}
