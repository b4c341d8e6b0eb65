package org.zsyz.scorecard.web;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class BureauVerificationOnH2Tests extends BureauVerificationTests {}
