package org.zsyz.scorecard.publish;

import org.zsyz.scorecard.testsupport.OnMySql;

@OnMySql
class SampleCityPublicationOnMySqlTests extends SampleCityPublicationTests {
}
