package org.zsyz.scorecard.targets;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class TargetsImportOnH2Tests extends TargetsImportTests {}
