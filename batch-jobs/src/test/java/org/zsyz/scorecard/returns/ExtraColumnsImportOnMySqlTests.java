package org.zsyz.scorecard.returns;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class ExtraColumnsImportOnMySqlTests extends ExtraColumnsImportTests {}
