package org.zsyz.scorecard.assess;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class EscalationOnMySqlTests extends EscalationTests {}
