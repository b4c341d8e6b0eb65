package org.zsyz.scorecard.web;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class BureauVerificationOnMySqlTests extends BureauVerificationTests {}
