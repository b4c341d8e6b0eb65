package org.zsyz.scorecard.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own, in a temporary folder on a port of its own, that the test may kill
 * (SIGKILL), freeze (SIGSTOP) and start again — what a database outage looks like to the application. Never the
 * shared server. Needs {@code /usr/sbin/mariadbd} and {@code mariadb-install-db}; as root it runs as root.
 */
final class PrivateMariaDb implements AutoCloseable {

    static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");
    /** The ports tried, first free one wins. */
    static final int FIRST_PORT = 18400;

    static final int LAST_PORT = 18499;

    private final Path dir;
    private final int port;
    private Process server;

    static boolean available() {
        return Files.isExecutable(SERVER) && Files.isExecutable(INSTALL);
    }

    PrivateMariaDb() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("private-mariadb");
        port = freePort();
        Process install = new ProcessBuilder(
                        INSTALL.toString(),
                        "--no-defaults",
                        "--datadir=" + dir.resolve("data"),
                        "--user=" + System.getProperty("user.name"),
                        "--auth-root-authentication-method=normal",
                        "--skip-test-db")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("install.log").toFile())
                .start();
        if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed: "
                    + Files.readString(dir.resolve("install.log"), StandardCharsets.UTF_8));
        }
        start();
    }

    int port() {
        return port;
    }

    String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8";
    }

    /** Starts the server on its data folder and waits until it answers. */
    void start() throws IOException, InterruptedException {
        server = new ProcessBuilder(List.of(
                        SERVER.toString(),
                        "--no-defaults",
                        "--datadir=" + dir.resolve("data"),
                        "--port=" + port,
                        "--bind-address=127.0.0.1",
                        "--socket=" + dir.resolve("mysqld.sock"),
                        "--pid-file=" + dir.resolve("mysqld.pid"),
                        "--user=" + System.getProperty("user.name"),
                        "--skip-name-resolve",
                        "--skip-log-bin",
                        "--innodb-buffer-pool-size=64M",
                        "--local-infile=1",
                        "--character-set-server=utf8mb4",
                        "--collation-server=utf8mb4_unicode_ci",
                        "--log-error=" + dir.resolve("error.log")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try (Connection c = DriverManager.getConnection(
                    "jdbc:mysql://127.0.0.1:" + port + "/?connectTimeout=1000", "root", "")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(
                            "the private MariaDB did not start: "
                                    + Files.readString(dir.resolve("error.log"), StandardCharsets.UTF_8),
                            notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Kills the server as a power cut or the OOM killer would (SIGKILL): every connection drops at once. */
    void kill() throws InterruptedException {
        server.destroyForcibly();
        server.waitFor();
    }

    /** Freezes the server (SIGSTOP): connections stay open and nothing answers, like a hung host. */
    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(server.pid()))
                .start()
                .waitFor();
    }

    private static int freePort() {
        for (int p = FIRST_PORT; p <= LAST_PORT; p++) {
            try (ServerSocket probe = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                return p;
            } catch (IOException taken) {
                // the next one
            }
        }
        throw new IllegalStateException("no free port in " + FIRST_PORT + "-" + LAST_PORT);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (server != null && server.isAlive()) {
            kill();
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            // a file vanishing meanwhile: nothing left to delete
        }
    }
}
