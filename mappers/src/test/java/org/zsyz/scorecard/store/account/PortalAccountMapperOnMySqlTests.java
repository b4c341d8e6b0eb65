package org.zsyz.scorecard.store.account;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class PortalAccountMapperOnMySqlTests extends PortalAccountMapperTests {}
