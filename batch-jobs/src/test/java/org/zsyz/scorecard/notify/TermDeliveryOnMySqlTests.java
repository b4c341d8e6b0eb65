package org.zsyz.scorecard.notify;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class TermDeliveryOnMySqlTests extends TermDeliveryTests {}
