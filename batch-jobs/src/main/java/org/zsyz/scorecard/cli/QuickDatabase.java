package org.zsyz.scorecard.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zsyz.scorecard.store.mybatis.MyBatisSettings;

/**
 * One plain JDBC connection to the database the application would use, with the application's MyBatis mappers on
 * it — for the commands that answer at once ({@link SpringContext#startQuick}). The settings are Spring's own: the
 * URL, the account and the driver properties come from the environment Spring Boot prepared (application.properties,
 * profiles, SCORECARD_* and SPRING_* variables, arguments), bound as for the connection pool.
 *
 * <p>It refuses ({@link NotReady}) a database it cannot open or whose schema is not the one this build expects
 * (Flyway has not applied every migration): the command then starts the whole application, which migrates it or
 * reports the failure exactly as before.
 */
final class QuickDatabase implements AutoCloseable {

    /** The database is not ready for a quick command; the whole application takes over. */
    static final class NotReady extends RuntimeException {
        NotReady(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final Connection connection;
    private final Configuration configuration;
    private final SqlSession session;

    private QuickDatabase(Connection connection) {
        this.connection = connection;
        this.configuration = new Configuration(new Environment(
                "quick", new JdbcTransactionFactory(), new SingleConnectionDataSource(connection, true)));
        MyBatisSettings.apply(configuration);
        this.session = new DefaultSqlSessionFactory(configuration).openSession(connection);
    }

    static QuickDatabase open(DataSourceProperties dataSource, ConfigurableEnvironment environment) {
        Connection connection = connect(dataSource, environment);
        try {
            String missing = missingMigrations(connection, environment);
            if (missing != null) {
                throw new NotReady(missing, null);
            }
            return new QuickDatabase(connection);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof NotReady ? e : new NotReady(e.getMessage(), e);
        }
    }

    /**
     * Transactions on this connection (a read-only one for {@code template return}'s consistent read of a ledger):
     * the mappers' statements run on the same connection, so inside them.
     */
    org.springframework.transaction.PlatformTransactionManager transactions() {
        return new org.springframework.jdbc.datasource.DataSourceTransactionManager(
                new SingleConnectionDataSource(connection, true));
    }

    /** A mapper of the application's, on this connection (statements commit on their own, as outside a transaction). */
    synchronized <T> T mapper(Class<T> type) {
        if (!configuration.hasMapper(type)) {
            configuration.addMapper(type);
        }
        return session.getMapper(type);
    }

    @Override
    public void close() {
        session.close();
        closeQuietly(connection);
    }

    /**
     * The URL, driver and driver properties (account included) the connection pool would hand to the driver: Spring
     * Boot's own {@link DataSourceProperties}, the pool's {@code data-source-properties}.
     */
    record Settings(String url, String driver, Properties properties) {}

    static Settings settings(DataSourceProperties dataSource, ConfigurableEnvironment environment) {
        Properties properties = new Properties();
        Binder.get(environment)
                .bind("spring.datasource.hikari.data-source-properties", Bindable.mapOf(String.class, String.class))
                .ifBound(properties::putAll);
        putIfSet(properties, "user", dataSource.determineUsername());
        putIfSet(properties, "password", dataSource.determinePassword());
        return new Settings(dataSource.determineUrl(), dataSource.determineDriverClassName(), properties);
    }

    private static Connection connect(DataSourceProperties dataSource, ConfigurableEnvironment environment) {
        try {
            Settings settings = settings(dataSource, environment);
            if (settings.driver() != null) {
                Class.forName(settings.driver(), true, QuickDatabase.class.getClassLoader());
            }
            return DriverManager.getConnection(settings.url(), settings.properties());
        } catch (SQLException | ClassNotFoundException | RuntimeException e) {
            throw new NotReady("cannot connect: " + e.getMessage(), e);
        }
    }

    /**
     * Null when every migration this build's Flyway locations hold has been applied successfully, else why not.
     * The locations and the {@code {vendor}} placeholder are resolved as Spring Boot's Flyway does.
     */
    static String missingMigrations(Connection connection, ConfigurableEnvironment environment) {
        if (!environment.getProperty("spring.flyway.enabled", Boolean.class, true)) {
            return null;
        }
        try {
            String vendor = DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL())
                    .getId();
            List<String> locations = Binder.get(environment)
                    .bind("spring.flyway.locations", Bindable.listOf(String.class))
                    .orElse(List.of("classpath:db/migration"));
            Set<String> wanted = new HashSet<>();
            PathMatchingResourcePatternResolver resolver =
                    new PathMatchingResourcePatternResolver(QuickDatabase.class.getClassLoader());
            for (String location : locations) {
                String path = location.strip().replace("{vendor}", vendor);
                if (!path.startsWith("classpath:")) {
                    return "location " + path + " is not on the class path";
                }
                String folder = path.substring("classpath:".length()).replaceAll("^/+|/+$", "");
                for (Resource r : resolver.getResources("classpath*:" + folder + "/**/V*__*.sql")) {
                    String name = r.getFilename();
                    wanted.add(name.substring(1, name.indexOf("__")).replace('_', '.'));
                }
            }
            String table = environment.getProperty("spring.flyway.table", "flyway_schema_history");
            Map<String, Boolean> applied = new java.util.HashMap<>();
            try (Statement s = connection.createStatement();
                    ResultSet rows = s.executeQuery("SELECT version, success FROM " + table)) {
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        applied.merge(rows.getString(1), rows.getBoolean(2), Boolean::logicalAnd);
                    }
                }
            }
            if (applied.containsValue(false)) {
                return "a migration failed";
            }
            wanted.removeAll(applied.keySet());
            return wanted.isEmpty() ? null : "not applied: " + wanted;
        } catch (SQLException | IOException e) {
            return "no schema history: " + e.getMessage();
        }
    }

    private static void putIfSet(Properties properties, String name, String value) {
        if (value != null) {
            properties.put(name, value);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written on it
        }
    }
}
