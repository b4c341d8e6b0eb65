package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The readings {@link ReturnImporter} starts ahead for the inbox run, by file, and the threads that read the files
 * while the importing thread stores their rows ({@link ReadAhead}).
 */
final class ReadAheadPool {

    private final Map<Path, ReadAhead> readingAhead = new ConcurrentHashMap<>();
    private final ExecutorService readers = Executors.newCachedThreadPool(readerThreads());

    private static CustomizableThreadFactory readerThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("return-reader-");
        threads.setDaemon(true);
        return threads;
    }

    /** Starts reading {@code file} now; a reading of it started earlier is given up. */
    void start(ReturnWorkbookReader reader, Path file, YearMonth period) {
        ReadAhead started = ReadAhead.start(readers, reader, file, period, ReturnImporter.INSERT_SLICE);
        ReadAhead earlier = readingAhead.put(file, started);
        if (earlier != null) {
            earlier.cancel();
        }
    }

    /** Gives up the readings of these files. */
    void cancel(Collection<Path> files) {
        for (Path file : files) {
            ReadAhead earlier = readingAhead.remove(file);
            if (earlier != null) {
                earlier.cancel();
            }
        }
    }

    /** The reading of {@code file} started ahead, or a new one with {@code reader}. */
    ReadAhead take(ReturnWorkbookReader reader, Path file, YearMonth period) {
        ReadAhead ahead = readingAhead.remove(file);
        if (ahead != null && ahead.isFor(file, period)) {
            return ahead;
        }
        if (ahead != null) {
            ahead.cancel();
        }
        return ReadAhead.start(readers, reader, file, period, ReturnImporter.INSERT_SLICE);
    }

    void shutdown() {
        cancel(List.copyOf(readingAhead.keySet()));
        readers.shutdownNow();
    }
}
