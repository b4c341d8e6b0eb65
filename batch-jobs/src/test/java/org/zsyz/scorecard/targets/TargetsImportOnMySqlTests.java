package org.zsyz.scorecard.targets;

import org.zsyz.scorecard.store.testsupport.OnMySql;

@OnMySql
class TargetsImportOnMySqlTests extends TargetsImportTests {}
