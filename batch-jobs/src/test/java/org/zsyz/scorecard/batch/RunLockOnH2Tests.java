package org.zsyz.scorecard.batch;

import java.util.List;

/** Two contexts on one H2 file database in AUTO_SERVER mode, the way two processes share ./data. */
class RunLockOnH2Tests extends RunLockTests {

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + home.resolve("data/scorecard")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }
}
