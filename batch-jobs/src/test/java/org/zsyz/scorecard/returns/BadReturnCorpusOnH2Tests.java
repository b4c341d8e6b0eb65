package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class BadReturnCorpusOnH2Tests extends BadReturnCorpusTests {}
