package org.zsyz.scorecard.returns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.store.unit.AssessmentGroup;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * What the import tests on a real database share: a fresh database with the 2024 units 410711 牧野区 and
 * 410782 辉县市, an empty working folder, the importer run in a transaction as the batch chunk runs it, and
 * row counts to prove what changed.
 */
@ScorecardTest
public abstract class ImportTestBase {

    /**
     * One working folder for every import test class in this JVM: test classes with the same configuration share
     * one cached Spring context, so they must share its folder too. Emptied before each test.
     */
    protected static final Path home = WorkingFolder.of(ImportTestBase.class);

    /** Tables an import may touch, and those it must never touch. */
    static final List<String> TABLES = List.of(
            "return_submission",
            "submission_issue",
            "ledger_project",
            "activity_figure",
            "assessed_unit",
            "annual_target",
            "target_import");

    @Autowired
    protected DataSource dataSource;

    @Autowired
    protected ReturnImporter importer;

    @Autowired
    protected AssessedUnitMapper units;

    @Autowired
    protected PlatformTransactionManager transactionManager;

    protected JdbcTemplate jdbc;

    @BeforeEach
    void freshDatabaseAndFolders() throws Exception {
        DatabaseCleaner.clean(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        units.insertGroup(new AssessmentGroup(2024, "县市区", 1));
        units.insertGroup(new AssessmentGroup(2024, "城区", 2));
        units.insertUnit(new AssessedUnit(2024, "410782", "辉县市", "县市区", true, 1));
        units.insertUnit(new AssessedUnit(2024, TestWorkbook.UNIT, TestWorkbook.UNIT_NAME, "城区", true, 2));
        for (String folder : List.of("inbox", "archive", "rejected", "out", "targets")) {
            deleteTree(home.resolve(folder));
        }
    }

    /** Committed rows must not outlive the test: the mapper tests share the database and expect it empty. */
    @AfterEach
    void leaveTheDatabaseEmpty() {
        DatabaseCleaner.clean(dataSource);
    }

    protected Path inbox(YearMonth period) {
        return home.resolve("inbox").resolve(period.toString());
    }

    /** Imports one file as the batch chunk does: in a transaction of its own, received on time. */
    protected ImportOutcome importFile(Path file, YearMonth period) {
        return importFile(file, period, period.plusMonths(1).atDay(3).atTime(9, 0));
    }

    protected ImportOutcome importFile(Path file, YearMonth period, LocalDateTime receivedAt) {
        return new TransactionTemplate(transactionManager)
                .execute(status -> importer.importFile(file, period, receivedAt, "INBOX"));
    }

    protected Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        return counts;
    }

    protected static void receivedAt(Path file, LocalDateTime when) throws Exception {
        Files.setLastModifiedTime(
                file, FileTime.from(when.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    protected static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
