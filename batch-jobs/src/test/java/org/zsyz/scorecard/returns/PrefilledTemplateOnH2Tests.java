package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class PrefilledTemplateOnH2Tests extends PrefilledTemplateTests {}
