package org.zsyz.scorecard.jdbc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zsyz.scorecard.lock.ProcessIdentity;

/**
 * The folder {@link LoadDataLocal}'s short-lived files go to, one subfolder per process
 * ({@code <host>-<process id>-<start time>}): a process killed mid-load (kill -9) leaves its file behind, and the
 * next process that loads removes what processes of this host that no longer run left — never a live process's
 * file. Loose {@code .tsv} files of the earlier flat layout are removed once older than {@link #LOOSE_AGE}.
 */
public final class LoadFolder {

    private static final Logger log = LoggerFactory.getLogger(LoadFolder.class);
    private static final Pattern PROCESS_FOLDER = Pattern.compile("([0-9a-f]{12})-(\\d+)-(\\d+)");
    /** A load file lives for one statement; one this old belongs to no running load. */
    static final Duration LOOSE_AGE = Duration.ofMinutes(10);
    /** How often a long-lived process (serve) looks for leftovers again. */
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);

    private final Path root;
    private final ProcessIdentity self;
    private final Path own;
    private volatile Instant lastSweep;

    public LoadFolder(Path root) {
        this(root, ProcessIdentity.current());
    }

    LoadFolder(Path root, ProcessIdentity self) {
        this.root = root;
        this.self = self;
        this.own = root.resolve(hostPrefix(self.hostKey()) + "-" + self.processId() + "-" + self.startedAt());
    }

    public Path root() {
        return root;
    }

    /** This process's subfolder (created by the load that needs it). */
    public Path own() {
        return own;
    }

    /** Sweeps unless it did so recently. */
    public void sweepIfDue() {
        Instant last = lastSweep;
        if (last == null || last.plus(SWEEP_INTERVAL).isBefore(Instant.now())) {
            sweep();
        }
    }

    /** Removes the subfolders of this host's processes that no longer run, and stale loose files; returns how many. */
    public int sweep() {
        lastSweep = Instant.now();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (isLeftover(entry)) {
                    deleteTree(entry);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not clean the load folder {}: {}", root, e.getMessage());
        }
        if (removed > 0) {
            log.info("Removed {} leftover(s) of interrupted imports from {}", removed, root);
        }
        return removed;
    }

    /** Removes this process's subfolder: called when the process ends normally. */
    public void removeOwn() {
        try {
            deleteTree(own);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove {}: {}", own, e.getMessage());
        }
    }

    private boolean isLeftover(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            Matcher m = PROCESS_FOLDER.matcher(entry.getFileName().toString());
            return m.matches()
                    && m.group(1).equals(hostPrefix(self.hostKey()))
                    && !entry.equals(own)
                    && !ProcessIdentity.isRunning(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
        }
        return entry.getFileName().toString().endsWith(".tsv")
                && Files.getLastModifiedTime(entry)
                        .toInstant()
                        .isBefore(Instant.now().minus(LOOSE_AGE));
    }

    private static String hostPrefix(String hostKey) {
        return hostKey.substring(0, 12);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
