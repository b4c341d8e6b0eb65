package org.zsyz.scorecard.publish;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class SampleCityPublicationOnMySqlTests extends SampleCityPublicationTests {}
