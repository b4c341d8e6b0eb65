package org.zsyz.scorecard.bench;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.returns.ReturnTemplate;
import org.zsyz.scorecard.returns.ReturnWorkbookReader;
import org.zsyz.scorecard.store.project.Industries;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * (a) The same return files read three ways, one thread each: the project's importer (its one streaming pass with
 * every check, into {@link LedgerProject}s), FastExcel streaming every sheet into plain rows
 * ({@code Map<Integer, String>}), and POI's user model ({@link WorkbookFactory}) loading each workbook and turning
 * every cell of every sheet into a value. Each reader runs once to warm up, then {@code rounds} times, interleaved;
 * the median pass counts. Rows are the ledger rows (the same number for all three: checked).
 */
final class ReaderComparison {

    static final String OURS = "importer";
    static final String FASTEXCEL = "fastexcel";
    static final String POI = "poi-usermodel";

    private final List<Path> files;
    private final YearMonth period;
    private final ReturnWorkbookReader reader =
            new ReturnWorkbookReader(new WorkbookReader(ReadLimits.DEFAULT), Industries.DEFAULT);

    ReaderComparison(List<Path> files, YearMonth period) {
        this.files = files;
        this.period = period;
    }

    Map<String, Object> run(int rounds) throws Exception {
        long rows = ours();
        check(FASTEXCEL, fastExcel(), rows);
        check(POI, poiUserModel(), rows);
        Map<String, double[]> times = new LinkedHashMap<>();
        times.put(OURS, new double[rounds]);
        times.put(FASTEXCEL, new double[rounds]);
        times.put(POI, new double[rounds]);
        for (int r = 0; r < rounds; r++) {
            times.get(OURS)[r] = time(this::ours);
            times.get(FASTEXCEL)[r] = time(this::fastExcel);
            times.get(POI)[r] = time(this::poiUserModel);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("files", files.size());
        result.put("ledgerRows", rows);
        result.put("rounds", rounds);
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            double median = median(e.getValue());
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("seconds", round(median, 3));
            one.put("rowsPerSecond", Math.round(rows / median));
            result.put(e.getKey(), one);
        }
        double ours = median(times.get(OURS));
        result.put("ratioToFastExcel", round(median(times.get(FASTEXCEL)) / ours, 2));
        result.put("ratioToPoiUserModel", round(median(times.get(POI)) / ours, 2));
        return result;
    }

    /**
     * The importer's reading: one pass with every check, the cover handed over as soon as it is read (where the
     * importer identifies the unit and records the version) and every valid ledger row turned into a record.
     */
    private long ours() throws Exception {
        long rows = 0;
        for (Path file : files) {
            long[] n = {0};
            ReturnWorkbookReader.ReturnContent content =
                    reader.read(file, period, cover -> new ReturnWorkbookReader.LedgerSink(1L, p -> n[0]++));
            if (content.issues().hasErrors()) {
                throw new IllegalStateException(
                        file + " has errors: " + content.issues().all().get(0).message());
            }
            rows += n[0];
        }
        return rows;
    }

    private long fastExcel() {
        long[] rows = {0};
        for (Path file : files) {
            FastExcel.read(file.toFile(), new ReadListener<Map<Integer, String>>() {
                        @Override
                        public void invoke(Map<Integer, String> row, AnalysisContext context) {
                            if (ReturnTemplate.LEDGER_SHEET.equals(
                                    context.readSheetHolder().getSheetName())) {
                                rows[0]++;
                            }
                        }

                        @Override
                        public void doAfterAllAnalysed(AnalysisContext context) {}
                    })
                    .doReadAll();
        }
        return rows[0];
    }

    private long poiUserModel() throws Exception {
        long rows = 0;
        List<Object> values = new ArrayList<>();
        for (Path file : files) {
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                for (Sheet sheet : wb) {
                    boolean ledger = ReturnTemplate.LEDGER_SHEET.equals(sheet.getSheetName());
                    for (Row row : sheet) {
                        values.clear();
                        for (Cell cell : row) {
                            values.add(value(cell));
                        }
                        if (ledger && row.getRowNum() > 0) {
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static Object value(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue()
                        : (Object) cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case FORMULA -> cell.getCellFormula();
            default -> null;
        };
    }

    private static void check(String name, long rows, long expected) {
        if (rows != expected) {
            throw new IllegalStateException(name + " read " + rows + " ledger rows, the importer " + expected);
        }
    }

    interface Pass {
        long run() throws Exception;
    }

    static double time(Pass pass) throws Exception {
        long start = System.nanoTime();
        pass.run();
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double round(double value, int places) {
        double f = Math.pow(10, places);
        return Math.round(value * f) / f;
    }
}
