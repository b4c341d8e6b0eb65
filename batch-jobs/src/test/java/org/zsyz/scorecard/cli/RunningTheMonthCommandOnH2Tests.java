package org.zsyz.scorecard.cli;

import java.util.List;

/** {@link RunningTheMonthCommandTests} on the embedded H2 database of the working folder (the default). */
class RunningTheMonthCommandOnH2Tests extends RunningTheMonthCommandTests {

    @Override
    List<String> databaseArguments() {
        return List.of();
    }
}
