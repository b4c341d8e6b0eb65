package org.zsyz.scorecard.store.publish;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class PublicationMapperOnH2Tests extends PublicationMapperTests {}
