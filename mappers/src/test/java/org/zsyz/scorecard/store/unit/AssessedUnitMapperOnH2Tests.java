package org.zsyz.scorecard.store.unit;

import org.zsyz.scorecard.store.testsupport.OnH2;

@OnH2
class AssessedUnitMapperOnH2Tests extends AssessedUnitMapperTests {}
