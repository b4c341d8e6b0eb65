package org.zsyz.scorecard.store.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test against real MariaDB/MySQL through MySQL Connector/J (see {@link TestDatabases}).
 * Skipped when no server answers, unless SCORECARD_REQUIRE_MYSQL=true.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(MySqlAvailableCondition.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=${SCORECARD_TEST_MYSQL_URL:jdbc:mysql://127.0.0.1:3306/scorecard_test?createDatabaseIfNotExist=true&characterEncoding=UTF-8}",
            "spring.datasource.username=${SCORECARD_TEST_MYSQL_USER:root}",
            "spring.datasource.password=${SCORECARD_TEST_MYSQL_PASSWORD:}",
            "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor}",
            // the import's LOAD DATA LOCAL INFILE, set up as the mysql profile does
            "scorecard.import.load-folder=${java.io.tmpdir}/scorecard-test-load",
            "spring.datasource.hikari.data-source-properties.allowLoadLocalInfileInPath=${java.io.tmpdir}/scorecard-test-load"
        })
public @interface OnMySql {}
