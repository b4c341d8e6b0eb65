package org.zsyz.scorecard.assess;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class EscalationOnH2Tests extends EscalationTests {}
