package org.zsyz.scorecard.bench;

import static org.zsyz.scorecard.bench.Benchmark.TARGET_EMBEDDED_VS_MARIADB;
import static org.zsyz.scorecard.bench.Benchmark.TARGET_NATION_VS_BASELINE;
import static org.zsyz.scorecard.bench.Benchmark.TARGET_PDF_RATE_VS_BASELINE;
import static org.zsyz.scorecard.bench.Benchmark.TARGET_PDF_SIZE_VS_BASELINE;
import static org.zsyz.scorecard.bench.Benchmark.TARGET_VS_FASTEXCEL;
import static org.zsyz.scorecard.bench.Benchmark.TARGET_VS_JDBC;
import static org.zsyz.scorecard.bench.Benchmark.TARGET_VS_POI;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures as a Markdown table ready for docs/performance.md: apart from the runs so the wording of
 * the table can change without touching what is measured.
 */
final class BenchReport {

    private BenchReport() {}

    /** Every measurement ran to its end (whether or not it met its target): no child run failed. */
    static boolean allRan(Map<String, Object> results) {
        if (!Boolean.TRUE.equals(results.get("complete"))) {
            return false;
        }
        Map<?, ?> monthly = (Map<?, ?>) results.get("monthly");
        if (monthly != null
                && monthly.values().stream()
                        .anyMatch(m -> ((Number) ((Map<?, ?>) m).get("exitCode")).intValue() != 0)) {
            return false;
        }
        Map<?, ?> large = (Map<?, ?>) results.get("largeLedger");
        return large == null || Boolean.TRUE.equals(large.get("accepted"));
    }

    static String markdown(Map<String, Object> r) {
        StringBuilder out = new StringBuilder();
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) r.get("machine");
        out.append("Machine: ")
                .append(machine.get("cpus"))
                .append(" CPUs, ")
                .append(machine.get("memoryGb"))
                .append(" GB RAM, Java ")
                .append(machine.get("java"))
                .append(", database ")
                .append(machine.get("database"))
                .append('\n')
                .append('\n');
        out.append("| measure | this project | comparison | ratio | target | met |\n");
        out.append("|---|---|---|---|---|---|\n");
        Map<?, ?> read = (Map<?, ?>) r.get("read");
        if (read != null) {
            String rows = read.get("ledgerRows") + " ledger rows in " + read.get("files") + " returns";
            out.append(row(
                    "(a) reading " + rows + ", vs FastExcel " + "1.3.0 (rows/s)",
                    rate(read, ReaderComparison.OURS),
                    rate(read, ReaderComparison.FASTEXCEL),
                    read.get("ratioToFastExcel"),
                    "≥ " + TARGET_VS_FASTEXCEL,
                    num(read.get("ratioToFastExcel")) >= TARGET_VS_FASTEXCEL));
            out.append(row(
                    "(a) reading the same, vs POI user model (WorkbookFactory) (rows/s)",
                    rate(read, ReaderComparison.OURS),
                    rate(read, ReaderComparison.POI),
                    read.get("ratioToPoiUserModel"),
                    "≥ " + TARGET_VS_POI,
                    num(read.get("ratioToPoiUserModel")) >= TARGET_VS_POI));
        }
        Map<?, ?> write = (Map<?, ?>) r.get("write");
        if (write != null) {
            out.append(row(
                    "(b) storing " + write.get("rows") + " rows in " + machine.get("databaseKind") + " ("
                            + write.get("writerStores") + "), vs plain JDBC batch (rows/s)",
                    rate(write, WriterComparison.OURS),
                    rate(write, WriterComparison.JDBC),
                    write.get("ratioToJdbcBatch"),
                    "≥ " + TARGET_VS_JDBC,
                    num(write.get("ratioToJdbcBatch")) >= TARGET_VS_JDBC));
        }
        Map<?, ?> monthly = (Map<?, ?>) r.get("monthly");
        if (monthly != null) {
            for (Map.Entry<?, ?> e : monthly.entrySet()) {
                Map<?, ?> m = (Map<?, ?>) e.getValue();
                if (m.get("unitPdfsPerSecond") == null) {
                    continue;
                }
                Map<?, ?> b = (Map<?, ?>) m.get("baseline");
                if (b == null) {
                    out.append(row(
                            "(c) unit scorecard PDFs, " + e.getKey() + " (" + m.get("unitPdfs") + " PDFs)",
                            m.get("unitPdfsPerSecond") + " PDFs/s, " + m.get("unitPdfKbMean") + " KB each",
                            "",
                            "",
                            "",
                            null));
                    continue;
                }
                Double rate = Medians.ratio(m.get("unitPdfsPerSecond"), b.get("unitPdfsPerSecond"));
                out.append(row(
                        "(c) unit scorecard PDFs per second, " + e.getKey() + " (" + m.get("unitPdfs")
                                + " PDFs), vs baseline",
                        m.get("unitPdfsPerSecond"),
                        b.get("unitPdfsPerSecond"),
                        fixed(rate),
                        "≥ " + TARGET_PDF_RATE_VS_BASELINE,
                        rate != null && rate >= TARGET_PDF_RATE_VS_BASELINE));
                Double size = Medians.ratio(m.get("unitPdfKbMean"), b.get("unitPdfKbMean"));
                out.append(row(
                        "(c) unit scorecard PDF size, " + e.getKey() + " (KB, mean), vs baseline",
                        m.get("unitPdfKbMean"),
                        b.get("unitPdfKbMean"),
                        fixed(size),
                        "≤ 0.33",
                        size != null && size <= TARGET_PDF_SIZE_VS_BASELINE));
            }
            for (Map.Entry<?, ?> e : monthly.entrySet()) {
                Map<?, ?> m = (Map<?, ?>) e.getValue();
                boolean ok = ((Number) m.get("exitCode")).intValue() == 0;
                Map<?, ?> b = "nation".equals(e.getKey()) ? (Map<?, ?>) m.get("baseline") : null;
                Double ratio = b == null ? null : Medians.ratio(m.get("wallSeconds"), b.get("wallSeconds"));
                out.append(row(
                        "(d) monthly job (import, assess, publish), " + e.getKey() + ": " + m.get("returns")
                                + " returns, " + m.get("ledgerRows") + " ledger rows, -Xmx" + m.get("heap")
                                + (r.get("launcher") != null ? ", started by " + r.get("launcher") : ""),
                        (ok
                                        ? m.get("wallSeconds") + " s"
                                        : "FAILED after " + m.get("wallSeconds") + " s (exit "
                                                + m.get("exitCode")
                                                + (String.valueOf(m.get("output"))
                                                                .contains("OutOfMemoryError")
                                                        ? ", out of heap"
                                                        : "")
                                                + ")")
                                + ", peak heap " + m.get("peakHeapMb") + " MB",
                        b == null ? "" : b.get("wallSeconds") + " s (baseline)",
                        fixed(ratio),
                        b == null ? "" : "≤ " + TARGET_NATION_VS_BASELINE,
                        b == null ? null : ok && ratio != null && ratio <= TARGET_NATION_VS_BASELINE));
                if (m.get("embedded") instanceof Map<?, ?> h2) {
                    Object h2Ratio = h2.get("ratioToMariaDb");
                    out.append(row(
                            "(d) the same month on the embedded default (H2), vs MariaDB (s)",
                            h2.get("wallSeconds"),
                            m.get("wallSeconds"),
                            h2Ratio,
                            "≤ " + TARGET_EMBEDDED_VS_MARIADB,
                            h2Ratio instanceof Number n && n.doubleValue() <= TARGET_EMBEDDED_VS_MARIADB));
                }
            }
        }
        Map<?, ?> large = (Map<?, ?>) r.get("largeLedger");
        if (large != null) {
            boolean ok = Boolean.TRUE.equals(large.get("accepted"));
            out.append(row(
                    "(e) one " + large.get("rows") + "-row ledger (" + large.get("fileMb") + " MB) imported, -Xmx"
                            + large.get("heap"),
                    (ok ? large.get("wallSeconds") + " s" : "FAILED") + ", peak heap " + large.get("peakHeapMb")
                            + " MB",
                    "",
                    "",
                    "imports in " + large.get("heap"),
                    ok));
        }
        if (r.get("launcherFirstStartSeconds") != null) {
            out.append(row(
                    "(f) the launcher's first start after a new build: extraction and class-data training, once",
                    r.get("launcherFirstStartSeconds") + " s",
                    "",
                    "",
                    "",
                    null));
        }
        Map<?, ?> commands = (Map<?, ?>) r.get("commands");
        if (commands != null) {
            for (Map.Entry<?, ?> e : commands.entrySet()) {
                Map<?, ?> c = (Map<?, ?>) e.getValue();
                boolean ok = ((Number) c.get("exitCode")).intValue() == 0;
                out.append(row(
                        "(f) `scorecard " + e.getKey() + "`, process start to exit"
                                + (c.get("launcher") != null ? ", started by " + c.get("launcher") : ""),
                        ok ? c.get("seconds") + " s" : "FAILED (exit " + c.get("exitCode") + ")",
                        "",
                        "",
                        "< " + Benchmark.TARGET_COMMAND_SECONDS + " s",
                        ok && num(c.get("seconds")) < Benchmark.TARGET_COMMAND_SECONDS));
            }
        }
        out.append(BaselineReport.markdown(r));
        if (monthly != null) {
            for (Map.Entry<?, ?> e : monthly.entrySet()) {
                Map<?, ?> m = (Map<?, ?>) e.getValue();
                List<?> steps = (List<?>) m.get("steps");
                if (steps == null || steps.isEmpty()) {
                    continue;
                }
                out.append('\n').append("Monthly job, ").append(e.getKey()).append(", by step:\n\n");
                out.append("| step | seconds | read | written |\n|---|---|---|---|\n");
                for (Object o : steps) {
                    Map<?, ?> s = (Map<?, ?>) o;
                    out.append("| ")
                            .append(s.get("step"))
                            .append(" | ")
                            .append(s.get("seconds"))
                            .append(" | ")
                            .append(s.get("read"))
                            .append(" | ")
                            .append(s.get("written"))
                            .append(" |\n");
                }
            }
        }
        return out.toString();
    }

    private static String fixed(Double ratio) {
        return ratio == null ? "" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String row(String measure, Object ours, Object theirs, Object ratio, String target, Boolean met) {
        return "| " + measure + " | " + ours + " | " + theirs + " | " + (ratio == null ? "" : ratio) + " | " + target
                + " | " + (met == null ? "" : met ? "yes" : "**no**") + " |\n";
    }

    private static String rate(Map<?, ?> section, String key) {
        Map<?, ?> one = (Map<?, ?>) section.get(key);
        return String.format(Locale.ROOT, "%,d", ((Number) one.get("rowsPerSecond")).longValue());
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
