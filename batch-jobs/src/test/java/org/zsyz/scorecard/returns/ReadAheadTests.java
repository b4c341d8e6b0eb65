package org.zsyz.scorecard.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zsyz.scorecard.returns.TestWorkbook.PERIOD;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.returns.TestWorkbook.Format;
import org.zsyz.scorecard.store.project.Industries;
import org.zsyz.scorecard.store.returns.LedgerProject;

/** Reading a return on a worker thread while the importing thread decides and stores. */
class ReadAheadTests {

    private static final int SLICE = 10;

    @TempDir
    Path dir;

    final ExecutorService workers = Executors.newCachedThreadPool();
    final ReturnWorkbookReader reader =
            new ReturnWorkbookReader(new WorkbookReader(ReadLimits.DEFAULT), Industries.DEFAULT);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    /** The good return with {@code extra} more valid rows after its three (XM-101, XM-102, …). */
    Path ledgerOf(int extra) throws Exception {
        TestWorkbook wb = TestWorkbook.goodReturn();
        for (int i = 0; i < extra; i++) {
            wb.row(
                    ReturnTemplate.LEDGER_SHEET,
                    4 + i,
                    "XM-" + (101 + i),
                    "项目" + i,
                    "投资方" + i,
                    "市内",
                    "工业",
                    "在谈",
                    LocalDate.of(2024, 1, 5),
                    new BigDecimal("1.5"));
        }
        return wb.write(dir.resolve("410711.xlsx"), Format.XLSX);
    }

    @Test
    void theRowsComeBackInSheetOrderInSlicesStampedWithTheDecidedVersion() throws Exception {
        Path file = ledgerOf(22);
        List<String> decidedFor = new ArrayList<>();
        List<Integer> slices = new ArrayList<>();
        List<LedgerProject> stored = new ArrayList<>();

        ReturnWorkbookReader.ReturnContent content = ReadAhead.start(workers, reader, file, PERIOD, SLICE)
                .finish(
                        cover -> {
                            decidedFor.add(cover.unitCode() + "@"
                                    + Thread.currentThread().getName());
                            return new ReturnWorkbookReader.LedgerSink(42, p -> {});
                        },
                        slice -> {
                            slices.add(slice.size());
                            stored.addAll(slice);
                        });

        assertThat(decidedFor)
                .containsExactly("410711@" + Thread.currentThread().getName());
        assertThat(slices).containsExactly(10, 10, 5);
        assertThat(stored)
                .hasSize(25)
                .allSatisfy(p -> assertThat(p.submissionId()).isEqualTo(42));
        assertThat(stored)
                .extracting(LedgerProject::projectNo)
                .startsWith("XM-001", "XM-002", "XM-003", "XM-101")
                .endsWith("XM-122");
        assertThat(stored.get(0).contractAmount()).isEqualByComparingTo("5");
        assertThat(content.projectCount()).isEqualTo(25);
        assertThat(content.issues().all()).isEmpty();
        assertThat(content.activity()).isEqualTo(new ReturnWorkbookReader.Activity(5, 2, 20, 8));
    }

    @Test
    void withoutASinkTheRowsAreReadForTheirIssuesOnly() throws Exception {
        Path file = ledgerOf(5);
        AtomicInteger stored = new AtomicInteger();

        ReturnWorkbookReader.ReturnContent content = ReadAhead.start(workers, reader, file, PERIOD, SLICE)
                .finish(cover -> null, slice -> stored.addAndGet(slice.size()));

        assertThat(stored).hasValue(0);
        assertThat(content.projectCount()).isEqualTo(8);
    }

    @Test
    void aDecisionThatThrowsStopsTheReadingAndIsTheCallersFailure() throws Exception {
        Path file = ledgerOf(200);
        AtomicInteger stored = new AtomicInteger();

        ReadAhead ahead = ReadAhead.start(workers, reader, file, PERIOD, SLICE);
        assertThatThrownBy(() -> ahead.finish(
                        cover -> {
                            throw new IllegalStateException("identical to version 1");
                        },
                        slice -> stored.addAndGet(slice.size())))
                .hasMessage("identical to version 1");

        assertThat(stored).hasValue(0);
        assertThat(ahead.workerDone()).as("the worker has let go of the file").isTrue();
    }

    @Test
    void aStoreThatFailsMidwayStopsTheWorkerBeforeReturning() throws Exception {
        Path file = ledgerOf(300);
        AtomicInteger slices = new AtomicInteger();

        ReadAhead ahead = ReadAhead.start(workers, reader, file, PERIOD, SLICE);
        assertThatThrownBy(() -> ahead.finish(cover -> new ReturnWorkbookReader.LedgerSink(7, p -> {}), slice -> {
                    if (slices.incrementAndGet() == 2) {
                        throw new IllegalStateException("connection lost");
                    }
                }))
                .hasMessage("connection lost");

        assertThat(slices).hasValue(2);
        assertThat(ahead.workerDone()).as("the worker has let go of the file").isTrue();
    }

    @Test
    void anUnreadableFileIsReportedAsUnreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("410711.xlsx"), "not a workbook");

        assertThatThrownBy(() -> ReadAhead.start(workers, reader, file, PERIOD, SLICE)
                        .finish(cover -> new ReturnWorkbookReader.LedgerSink(7, p -> {}), slice -> {}))
                .isInstanceOf(UnreadableWorkbookException.class);
    }

    @Test
    void aReadingNobodyCollectsIsCancelledWithoutLeavingItsThreadBehind() throws Exception {
        Path file = ledgerOf(300);
        ReadAhead ahead = ReadAhead.start(workers, reader, file, PERIOD, SLICE);
        Thread.sleep(200); // the worker fills its queue and waits

        assertThat(ahead.workerDone()).isFalse();
        ahead.cancel();

        assertThat(ahead.workerDone()).isTrue();
    }

    @Test
    void theReadingKnowsWhichFileAndMonthItIsFor() throws Exception {
        Path file = ledgerOf(0);
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            ReadAhead ahead = ReadAhead.start(one, reader, file, PERIOD, SLICE);
            assertThat(ahead.isFor(file, PERIOD)).isTrue();
            assertThat(ahead.isFor(file, PERIOD.plusMonths(1))).isFalse();
            assertThat(ahead.isFor(dir.resolve("other.xlsx"), PERIOD)).isFalse();
            ahead.cancel();
        } finally {
            one.shutdownNow();
        }
    }
}
