package org.zsyz.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The goals of issue 22 as the report judges them, from figures given here (no run). */
class BenchReportTest {

    @Test
    void judgesTheMonthAgainstTheBaselineAndTheEmbeddedDefaultAgainstMariaDb() {
        Map<String, Object> province = month(30.0, 15.0, 90.0);
        province.put("baseline", month(25.0, 15.0, 150.0));
        province.put(
                "embedded",
                EmbeddedDefaultRun.summary(List.of(month(33.0, 0, 0), month(36.0, 0, 0), month(34.0, 0, 0)), province));
        Map<String, Object> nation = month(70.0, 50.0, 45.0);
        nation.put("baseline", month(150.0, 24.0, 150.0));

        String table = BenchReport.markdown(results(province, nation));

        assertThat(((Map<?, ?>) province.get("embedded")).get("ratioToMariaDb")).isEqualTo(1.13);
        assertThat(table)
                .contains(
                        "| (d) the same month on the embedded default (H2), vs MariaDB (s) | 34.0 | 30.0 | 1.13 | ≤ 1.2 | yes |",
                        "| 70.0 s, peak heap 300 MB | 150.0 s (baseline) | 0.47 | ≤ 0.5 | yes |",
                        "| 30.0 s, peak heap 300 MB |  |  |  |  |",
                        "(c) unit scorecard PDFs per second, province (180 PDFs), vs baseline | 15.0 | 15.0 | 1.00 | ≥ 2.0 | **no** |",
                        "(c) unit scorecard PDF size, province (KB, mean), vs baseline | 90.0 | 150.0 | 0.60 | ≤ 0.33 | **no** |",
                        "(c) unit scorecard PDFs per second, nation (180 PDFs), vs baseline | 50.0 | 24.0 | 2.08 | ≥ 2.0 | yes |",
                        "(c) unit scorecard PDF size, nation (KB, mean), vs baseline | 45.0 | 150.0 | 0.30 | ≤ 0.33 | yes |");
    }

    @Test
    void aSlowMonthOrAFailedOneIsNotMet() {
        Map<String, Object> nation = month(80.0, 30.0, 90.0);
        nation.put("baseline", month(150.0, 30.0, 150.0));
        assertThat(BenchReport.markdown(results(month(1, 1, 1), nation)))
                .contains("| 80.0 s, peak heap 300 MB | 150.0 s (baseline) | 0.53 | ≤ 0.5 | **no** |");
        Map<String, Object> failed = month(10.0, 30.0, 90.0);
        failed.put("exitCode", 1);
        failed.put("output", "");
        failed.put("baseline", month(150.0, 30.0, 150.0));
        assertThat(BenchReport.markdown(results(month(1, 1, 1), failed)))
                .contains(
                        "| FAILED after 10.0 s (exit 1), peak heap 300 MB | 150.0 s (baseline) | 0.07 | ≤ 0.5 | **no** |");
    }

    private static Map<String, Object> month(double wall, double pdfsPerSecond, double pdfKb) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("returns", 180);
        m.put("ledgerRows", 55845L);
        m.put("exitCode", 0);
        m.put("wallSeconds", wall);
        m.put("heap", "512m");
        m.put("peakHeapMb", 300L);
        m.put("unitPdfs", 180L);
        m.put("unitPdfsPerSecond", pdfsPerSecond);
        m.put("unitPdfKbMean", pdfKb);
        return m;
    }

    private static Map<String, Object> results(Map<String, Object> province, Map<String, Object> nation) {
        Map<String, Object> monthly = new LinkedHashMap<>();
        monthly.put("province", province);
        monthly.put("nation", nation);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(
                "machine",
                Map.of("cpus", 2, "memoryGb", 24, "java", "17", "database", "MariaDB", "databaseKind", "MariaDB"));
        r.put("monthly", monthly);
        return r;
    }
}
