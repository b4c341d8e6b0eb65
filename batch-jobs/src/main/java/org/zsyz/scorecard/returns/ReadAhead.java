package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.MDC;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * One return being read on a worker thread, so that reading the next file (parsing its sheet XML, half the import's
 * time) overlaps storing the current one (the database's half).
 *
 * <p>Everything that touches the database stays on the importing thread, which owns the transaction: it takes the
 * cover for its decision (unit, version, savepoint) and the ledger rows in slices to insert, stamped with the
 * version's id then. The worker only reads the file; it reads on without waiting for the decision, but at most
 * {@link #QUEUED_SLICES} slices wait, so a large ledger is still streamed in bounded memory. Whatever happens on
 * either side, the importing thread returns only once the worker has let go of the file, and it sees the worker's
 * failure as its own.
 */
final class ReadAhead {

    /** Slices read and waiting to be stored; the worker waits when this many are queued. */
    static final int QUEUED_SLICES = 4;

    private sealed interface Message permits CoverRead, RowsRead, Finished, Failed {}

    private record CoverRead(ReturnWorkbookReader.Cover cover) implements Message {}

    private record RowsRead(List<LedgerProject> rows) implements Message {}

    private record Finished(ReturnWorkbookReader.ReturnContent content) implements Message {}

    private record Failed(Throwable cause) implements Message {}

    /** Thrown inside the worker to stop reading once the importing thread has given up on the file. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Path file;
    private final YearMonth period;
    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUED_SLICES + 2);
    private final CountDownLatch workerDone = new CountDownLatch(1);
    private volatile boolean abandoned;

    private ReadAhead(Path file, YearMonth period) {
        this.file = file;
        this.period = period;
    }

    /** Starts reading {@code file} for {@code period} on a thread of {@code workers}. */
    static ReadAhead start(
            ExecutorService workers, ReturnWorkbookReader reader, Path file, YearMonth period, int sliceSize) {
        ReadAhead reading = new ReadAhead(file, period);
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        workers.execute(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                reading.hand(new Finished(reading.readOnWorker(reader, sliceSize)));
            } catch (Stopped e) {
                // given up by the importing thread, which no longer listens
            } catch (Throwable e) {
                reading.handQuietly(new Failed(e));
            } finally {
                reading.workerDone.countDown();
                MDC.clear();
            }
        });
        return reading;
    }

    /** Whether the worker has finished with the file (for tests). */
    boolean workerDone() {
        return workerDone.getCount() == 0;
    }

    boolean isFor(Path file, YearMonth period) {
        return this.file.equals(file) && this.period.equals(period);
    }

    /**
     * Importing side: the return's content, once {@code decision} has had the cover and {@code store} every slice of
     * valid rows meant for the sink it returned. As
     * {@link ReturnWorkbookReader#read(Path, YearMonth, ReturnWorkbookReader.CoverDecision)}, except that the sink's
     * own consumer is not called: its rows arrive in {@code store}, in sheet order, carrying the sink's id.
     */
    ReturnWorkbookReader.ReturnContent finish(
            ReturnWorkbookReader.CoverDecision decision, Consumer<List<LedgerProject>> store)
            throws UnreadableWorkbookException {
        ReturnWorkbookReader.LedgerSink sink = null;
        try {
            while (true) {
                Message message = take();
                if (message instanceof CoverRead c) {
                    sink = decision.onCover(c.cover());
                } else if (message instanceof RowsRead r) {
                    if (sink != null) {
                        store.accept(stamped(r.rows(), sink.submissionId()));
                    }
                } else if (message instanceof Finished f) {
                    return f.content();
                } else if (message instanceof Failed f) {
                    throw rethrown(f.cause());
                }
            }
        } catch (RuntimeException | Error e) {
            cancel();
            throw e;
        }
    }

    /** Gives up on the file: the worker stops at its next row or message and lets go of the file. */
    void cancel() {
        abandoned = true;
        boolean interrupted = false;
        while (true) {
            queue.clear();
            try {
                if (workerDone.await(50, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private ReturnWorkbookReader.ReturnContent readOnWorker(ReturnWorkbookReader reader, int sliceSize)
            throws UnreadableWorkbookException {
        List<List<LedgerProject>> slice = new ArrayList<>(1);
        slice.add(new ArrayList<>(sliceSize));
        ReturnWorkbookReader.ReturnContent content = reader.read(file, period, cover -> {
            hand(new CoverRead(cover));
            // read on while the importing thread decides; the rows get the version's id when they are stored
            return new ReturnWorkbookReader.LedgerSink(0, project -> {
                if (abandoned) {
                    throw new Stopped();
                }
                List<LedgerProject> rows = slice.get(0);
                rows.add(project);
                if (rows.size() == sliceSize) {
                    hand(new RowsRead(rows));
                    slice.set(0, new ArrayList<>(sliceSize));
                }
            });
        });
        if (!slice.get(0).isEmpty()) {
            hand(new RowsRead(slice.get(0)));
        }
        return content;
    }

    /** Worker side: queues a message, waiting while the queue is full, unless the importing thread gave up. */
    private void hand(Message message) {
        try {
            while (!queue.offer(message, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void handQuietly(Message message) {
        try {
            hand(message);
        } catch (Stopped e) {
            // nobody listens any more
        }
    }

    /** Importing side: the next message; an interrupt is kept for later, never leaves the worker behind. */
    private Message take() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<LedgerProject> stamped(List<LedgerProject> rows, long submissionId) {
        List<LedgerProject> stamped = new ArrayList<>(rows.size());
        for (LedgerProject p : rows) {
            stamped.add(p.withSubmissionId(submissionId));
        }
        return stamped;
    }

    private static RuntimeException rethrown(Throwable cause) throws UnreadableWorkbookException {
        if (cause instanceof UnreadableWorkbookException e) {
            throw e;
        }
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("Reading a return failed", cause);
    }
}
