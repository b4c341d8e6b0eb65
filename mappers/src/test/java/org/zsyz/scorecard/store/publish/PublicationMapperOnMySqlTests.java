package org.zsyz.scorecard.store.publish;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class PublicationMapperOnMySqlTests extends PublicationMapperTests {}
