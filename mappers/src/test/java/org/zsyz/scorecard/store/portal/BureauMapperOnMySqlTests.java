package org.zsyz.scorecard.store.portal;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class BureauMapperOnMySqlTests extends BureauMapperTests {}
