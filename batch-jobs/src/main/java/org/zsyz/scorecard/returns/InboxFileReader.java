package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The files waiting in an inbox folder, in name order. It keeps no restart position on purpose: a file
 * leaves the inbox only once its outcome is committed, so on a restart the folder itself says what is left.
 * Handing out a file, it has the importer start reading the one after it, which then overlaps the storing.
 */
public class InboxFileReader implements ItemStreamReader<Path> {

    /** Files read ahead of the one being stored: two keep both cores busy while the database works. */
    static final int READ_AHEAD = 2;

    private final Path inbox;
    private final ReturnImporter importer;
    private final YearMonth period;
    private Deque<Path> pending;
    private final Set<Path> startedAhead = new HashSet<>();
    private Runnable atEnd;

    /**
     * @param importer told to start reading the next file while the one handed out is stored, or {@code null}
     */
    public InboxFileReader(Path inbox, ReturnImporter importer, YearMonth period) {
        this(inbox, importer, period, null);
    }

    /**
     * @param atEnd run once the last file is stored, before the step ends (the monthly run's check that the month
     *              has enough returns); what it throws fails the step, so a restart imports the inbox again first
     */
    public InboxFileReader(Path inbox, ReturnImporter importer, YearMonth period, Runnable atEnd) {
        this.inbox = inbox;
        this.importer = importer;
        this.period = period;
        this.atEnd = atEnd;
    }

    @Override
    public Path read() {
        if (pending == null) {
            pending = new ArrayDeque<>(waitingFiles(inbox));
        }
        Path next = pending.poll();
        if (next == null && atEnd != null) {
            Runnable check = atEnd;
            atEnd = null;
            check.run();
        }
        if (importer != null) {
            int ahead = 0;
            for (Path file : pending) {
                if (ahead++ == READ_AHEAD) {
                    break;
                }
                if (startedAhead.add(file)) {
                    importer.startReadAhead(file, period);
                }
            }
        }
        return next;
    }

    @Override
    public void close() {
        if (importer != null) {
            importer.cancelReadAhead(startedAhead);
        }
    }

    /** Regular files, skipping editors' lock files (~$x.xlsx) and hidden files. */
    public static List<Path> waitingFiles(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            // A symbolic link could point anywhere on the machine: only real files in the inbox are read.
            return files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("~$"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox, e);
        }
    }
}
