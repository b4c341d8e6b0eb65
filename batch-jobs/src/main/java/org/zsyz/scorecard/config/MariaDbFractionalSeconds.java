package org.zsyz.scorecard.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Keeps fractional seconds when MySQL Connector/J talks to MariaDB 10.x.
 *
 * <p>Why: MariaDB before 11 announces itself in the protocol handshake as {@code 5.5.5-10.11.x-MariaDB} (a
 * prefix kept for old replication clients). Connector/J parses that as server version 5.5.5, concludes the
 * server predates fractional seconds (MySQL 5.6.4) and truncates every {@code Timestamp} and
 * {@code LocalDateTime} parameter to whole seconds before sending it — whatever {@code sendFractionalSeconds}
 * says. Spring Batch's {@code DATETIME(6)} columns therefore held whole seconds, and the durations in
 * {@code scorecard jobs} did too. Reading is not affected; MySQL 8 and MariaDB 11+ are not affected.
 *
 * <p>Fix: on such a connection only, date-time parameters are sent as text with six decimals, which MariaDB
 * converts exactly. (The values are the JVM's local wall-clock time, as Connector/J's default
 * {@code connectionTimeZone=LOCAL} would send them.)
 */
public class MariaDbFractionalSeconds implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(MariaDbFractionalSeconds.class);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof TextTimestamps)) {
            return new TextTimestamps(dataSource);
        }
        return bean;
    }

    /** Whether the server is a MariaDB that Connector/J takes for a pre-5.6.4 MySQL. */
    static boolean needsText(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDriverName() != null
                && meta.getDriverName().startsWith("MySQL Connector")
                && meta.getDatabaseProductVersion() != null
                && meta.getDatabaseProductVersion().startsWith("5.5.5-")
                && meta.getDatabaseProductVersion().contains("MariaDB");
    }

    /** A data source whose connections send date-times as text where the driver would cut their fractions. */
    static final class TextTimestamps extends DelegatingDataSource {

        private volatile Boolean needed;

        TextTimestamps(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(super.getConnection(username, password));
        }

        private Connection wrap(Connection connection) throws SQLException {
            if (needed == null) {
                needed = needsText(connection);
                if (needed) {
                    log.info(
                            "MariaDB {} through MySQL Connector/J: sending date-times as text to keep fractional "
                                    + "seconds",
                            connection.getMetaData().getDatabaseProductVersion());
                }
            }
            return needed ? proxy(Connection.class, connection, new ConnectionHandler(connection)) : connection;
        }
    }

    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection target;

        ConnectionHandler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                return proxy;
            }
            Object result = call(target, method, args);
            if (result instanceof java.sql.CallableStatement call
                    && method.getName().startsWith("prepare")) {
                return proxy(java.sql.CallableStatement.class, call, new StatementHandler(call, (Connection) proxy));
            }
            if (result instanceof PreparedStatement statement
                    && method.getName().startsWith("prepare")) {
                return proxy(PreparedStatement.class, statement, new StatementHandler(statement, (Connection) proxy));
            }
            return result;
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final PreparedStatement target;
        private final Connection connection;

        StatementHandler(PreparedStatement target, Connection connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("getConnection")) {
                return connection;
            }
            if ((name.equals("setTimestamp") || name.equals("setObject")) && args != null && args.length >= 2) {
                String text = asText(args[1]);
                if (text != null) {
                    target.setString((Integer) args[0], text);
                    return null;
                }
            }
            return call(target, method, args);
        }

        private static String asText(Object value) {
            if (value instanceof Timestamp t) {
                return t.toLocalDateTime().format(MICROS);
            }
            if (value instanceof LocalDateTime t) {
                return t.format(MICROS);
            }
            return null;
        }
    }

    /**
     * The statement under this wrapper, for hot paths that bind no date-times (each call through the wrapper is a
     * reflective one); any other statement as it is.
     */
    public static PreparedStatement unwrapped(PreparedStatement statement) {
        if (Proxy.isProxyClass(statement.getClass())
                && Proxy.getInvocationHandler(statement) instanceof StatementHandler handler) {
            return handler.target;
        }
        return statement;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T)
                Proxy.newProxyInstance(MariaDbFractionalSeconds.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
