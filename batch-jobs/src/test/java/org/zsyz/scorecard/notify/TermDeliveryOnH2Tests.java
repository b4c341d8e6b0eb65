package org.zsyz.scorecard.notify;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class TermDeliveryOnH2Tests extends TermDeliveryTests {}
