package org.zsyz.scorecard.store.account;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class PortalAccountMapperOnH2Tests extends PortalAccountMapperTests {}
