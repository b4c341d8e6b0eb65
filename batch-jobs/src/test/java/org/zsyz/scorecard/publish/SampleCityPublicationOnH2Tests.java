package org.zsyz.scorecard.publish;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class SampleCityPublicationOnH2Tests extends SampleCityPublicationTests {}
