package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class ExtraColumnsImportOnH2Tests extends ExtraColumnsImportTests {}
