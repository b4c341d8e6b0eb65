package org.zsyz.scorecard.web;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class TermPortalOnMySqlTests extends TermPortalTests {}
