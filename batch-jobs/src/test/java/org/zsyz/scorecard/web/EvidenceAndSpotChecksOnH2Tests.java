package org.zsyz.scorecard.web;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class EvidenceAndSpotChecksOnH2Tests extends EvidenceAndSpotChecksTests {}
