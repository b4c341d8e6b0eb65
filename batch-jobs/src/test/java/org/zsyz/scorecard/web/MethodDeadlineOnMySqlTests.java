package org.zsyz.scorecard.web;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class MethodDeadlineOnMySqlTests extends MethodDeadlineTests {}
