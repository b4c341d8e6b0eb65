package org.zsyz.scorecard.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Stores many rows of one table with MySQL's {@code LOAD DATA LOCAL INFILE}: the rows are written as a
 * tab-separated file in a folder the driver may send from, and the server reads them in one statement.
 *
 * <p>Why: per row the server parses a few tab-separated fields instead of an SQL statement's values, and the client
 * writes bytes instead of binding parameters; at nation scale the import's storing thread and the server were the
 * import's limit with multi-row inserts. The statement runs on the transaction's connection, so a savepoint's
 * rollback takes the rows out as before.
 *
 * <p>{@code LOCAL} makes the server turn errors in the data (a value too long, a duplicate key) into warnings and
 * go on; here any warning, or a row count other than the rows sent, fails the load with the server's words, so
 * nothing is stored silently changed. Connector/J sends only files below its {@code allowLoadLocalInfileInPath}
 * (it refuses any other file the server might ask for); the server must allow {@code local_infile} (MariaDB does by
 * default, MySQL 8 does not). {@link #probe} says whether both hold on a connection.
 *
 * @param <T> the row type
 */
public final class LoadDataLocal<T> {

    /** Writes one row's fields, in the order of the columns. */
    @FunctionalInterface
    public interface RowEncoder<T> {
        void encode(T row, Fields fields);
    }

    private final String table;
    private final String columnList;
    private final RowEncoder<T> encoder;

    /**
     * @param table   the table
     * @param columns its columns in the order the encoder writes them
     */
    public LoadDataLocal(String table, List<String> columns, RowEncoder<T> encoder) {
        this.table = table;
        this.columnList = "(" + String.join(", ", columns) + ")";
        this.encoder = encoder;
    }

    /**
     * Whether this connection can load from {@code folder}: loads an empty file into the table. Returns
     * {@code null} when it can, else why not (the driver's or the server's message).
     */
    public String probe(Connection connection, Path folder) {
        try {
            load(connection, folder, List.of());
            return null;
        } catch (SQLException | RuntimeException e) {
            return e.getMessage();
        }
    }

    /**
     * Loads {@code rows} on {@code connection} (inside its transaction) through a file in {@code folder}, which is
     * removed afterwards; returns the rows stored.
     *
     * @throws SQLException when the server refuses the load, or stored other than exactly the rows sent
     */
    public int load(Connection connection, Path folder, List<T> rows) throws SQLException {
        Path file;
        try {
            Files.createDirectories(folder);
            file = Files.createTempFile(folder.toRealPath(), table + "-", ".tsv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load file in " + folder, e);
        }
        try {
            Fields fields = new Fields();
            try (OutputStream out = Files.newOutputStream(file)) {
                for (T row : rows) {
                    encoder.encode(row, fields);
                    fields.endRow();
                    if (fields.size > 1 << 16) {
                        fields.flushTo(out);
                    }
                }
                fields.flushTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the load file " + file, e);
            }
            try (Statement statement = connection.createStatement()) {
                int stored = statement.executeUpdate("LOAD DATA LOCAL INFILE " + quoted(file) + " INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 " + columnList);
                SQLWarning warning = statement.getWarnings();
                if (warning != null || stored != rows.size()) {
                    throw new SQLException(
                            "LOAD DATA into " + table + " stored " + stored + " of " + rows.size() + " rows"
                                    + (warning == null ? "" : ": " + warning.getMessage()),
                            "22000");
                }
                return stored;
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a left-over file in the load folder harms nothing; the next run's loads use new names
            }
        }
    }

    /** The file's path as an SQL string literal; forward slashes, which every platform's driver accepts. */
    static String quoted(Path file) {
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        return "'" + path.replace("'", "''") + "'";
    }

    /**
     * One row's fields in LOAD DATA's default format: tab between fields, newline after the row, backslash
     * escapes, {@code \N} for NULL, numbers and dates as MySQL reads them.
     */
    public static final class Fields {

        /** Flushed to the file past 64 KB, so it grows at most once beyond its first size. */
        private byte[] bytes = new byte[1 << 14];

        private int size;
        private boolean first = true;

        private void separate() {
            if (!first) {
                put((byte) '\t');
            }
            first = false;
        }

        private void endRow() {
            put((byte) '\n');
            first = true;
        }

        private void put(byte b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = b;
        }

        /** A field whose text is plain ASCII with nothing to escape (numbers, dates). */
        private Fields asciiField(String s) {
            separate();
            for (int i = 0; i < s.length(); i++) {
                put((byte) s.charAt(i));
            }
            return this;
        }

        public Fields nullValue() {
            separate();
            put((byte) '\\');
            put((byte) 'N');
            return this;
        }

        public Fields text(String s) {
            if (s == null) {
                return nullValue();
            }
            separate();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> {
                        put((byte) '\\');
                        put((byte) '\\');
                    }
                    case '\t' -> {
                        put((byte) '\\');
                        put((byte) 't');
                    }
                    case '\n' -> {
                        put((byte) '\\');
                        put((byte) 'n');
                    }
                    case '\r' -> {
                        put((byte) '\\');
                        put((byte) 'r');
                    }
                    case '\0' -> {
                        put((byte) '\\');
                        put((byte) '0');
                    }
                    default -> {
                        if (c < 0x80) {
                            put((byte) c);
                        } else {
                            int end = i + 1;
                            while (end < s.length() && s.charAt(end) >= 0x80) {
                                end++;
                            }
                            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                                put(b);
                            }
                            i = end - 1;
                        }
                    }
                }
            }
            return this;
        }

        public Fields number(long n) {
            return asciiField(Long.toString(n));
        }

        public Fields decimal(BigDecimal d) {
            return d == null ? nullValue() : asciiField(d.toPlainString());
        }

        public Fields date(LocalDate d) {
            return d == null ? nullValue() : asciiField(d.toString());
        }

        public Fields bool(boolean b) {
            separate();
            put((byte) (b ? '1' : '0'));
            return this;
        }

        private void flushTo(OutputStream out) throws IOException {
            out.write(bytes, 0, size);
            size = 0;
        }
    }
}
