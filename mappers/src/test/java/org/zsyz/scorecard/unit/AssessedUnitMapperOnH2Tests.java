package org.zsyz.scorecard.unit;

import org.zsyz.scorecard.testsupport.OnH2;

@OnH2
class AssessedUnitMapperOnH2Tests extends AssessedUnitMapperTests {
}
