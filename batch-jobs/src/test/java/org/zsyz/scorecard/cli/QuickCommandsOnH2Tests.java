package org.zsyz.scorecard.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** {@link QuickCommandsTests} on the embedded H2 database of the working folder (the default). */
class QuickCommandsOnH2Tests extends QuickCommandsTests {

    @Override
    List<String> databaseArguments() {
        return List.of();
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("data/scorecard")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                "sa",
                "");
    }
}
