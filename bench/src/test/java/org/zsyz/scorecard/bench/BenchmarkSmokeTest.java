package org.zsyz.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark end to end at the smallest scale on H2: every figure is there and sane. No timing is asserted
 * (speed is measured by running the benchmark, never by a test); the real run is the command in docs/performance.md.
 * Without a baseline jar: a second jar would only run the same child processes again (half of this test's time),
 * and the baseline's table and verdicts are checked from given figures by {@link BenchReportTest}.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void aQuickRunProducesEveryFigureAndTheTable() throws Exception {
        Path json = dir.resolve("results.json");
        Benchmark bench = new Benchmark();
        bench.parse(new String[] {
            "--quick",
            "--db",
            "h2",
            "--work",
            dir.resolve("work").toString(),
            "--json",
            json.toString(),
            "--scorecard-jar",
            System.getProperty("scorecard.jar")
        });

        Map<String, Object> r = bench.run();

        assertThat(r.get("complete")).isEqualTo(true);
        assertThat(BenchReport.allRan(r)).isTrue();
        Map<?, ?> read = (Map<?, ?>) r.get("read");
        assertThat(read.get("files")).isEqualTo(13);
        assertThat((Long) read.get("ledgerRows")).isGreaterThan(500);
        for (String reader : List.of(ReaderComparison.OURS, ReaderComparison.FASTEXCEL, ReaderComparison.POI)) {
            assertThat(((Number) ((Map<?, ?>) read.get(reader)).get("rowsPerSecond")).longValue())
                    .as(reader)
                    .isPositive();
        }
        assertThat((Double) read.get("ratioToFastExcel")).isPositive();
        assertThat((Double) read.get("ratioToPoiUserModel")).isPositive();

        Map<?, ?> write = (Map<?, ?>) r.get("write");
        assertThat(write.get("rows")).isEqualTo(read.get("ledgerRows"));
        assertThat((Double) write.get("ratioToJdbcBatch")).isPositive();

        Map<?, ?> city = (Map<?, ?>) ((Map<?, ?>) r.get("monthly")).get("city");
        assertThat(city.get("exitCode")).isEqualTo(0);
        assertThat(city.get("ledgerRows")).isEqualTo(read.get("ledgerRows"));
        assertThat((Long) city.get("peakHeapMb")).isBetween(1L, 512L);
        assertThat(city.get("unitPdfs")).isEqualTo(13L);
        assertThat((Double) city.get("unitPdfsPerSecond")).isPositive();
        List<Object> steps = ((List<?>) city.get("steps"))
                .stream()
                        .map(s -> ((Map<?, ?>) s).get("step"))
                        .map(Object.class::cast)
                        .toList();
        assertThat(steps).contains("importReturn", "assessUnits", "renderUnitScorecards", "publishOutputs");
        assertThat(Files.list(dir.resolve("work/monthly-city/out/2025-09"))
                        .filter(Files::isRegularFile)
                        .count())
                .isEqualTo(13 + 3);

        assertThat((Double) city.get("unitPdfKbMean")).isGreaterThan(1.0);
        assertThat(city.containsKey("baseline")).isFalse();

        Map<?, ?> commands = (Map<?, ?>) r.get("commands");
        assertThat(commands.keySet().stream().map(String::valueOf).toList())
                .containsExactly(
                        "--version",
                        "jobs --limit 1",
                        "user list",
                        "rules check",
                        "template targets",
                        "template return");
        for (Object c : commands.values()) {
            assertThat(((Map<?, ?>) c).get("exitCode")).as(c.toString()).isEqualTo(0);
            assertThat((Double) ((Map<?, ?>) c).get("seconds")).isPositive();
        }

        Map<?, ?> large = (Map<?, ?>) r.get("largeLedger");
        assertThat(large.get("accepted")).isEqualTo(true);
        assertThat(large.get("rowsStored")).isEqualTo(5_000L);
        assertThat((Long) large.get("peakHeapMb")).isBetween(1L, 64L);

        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(text)
                .contains(
                        "\"ratioToFastExcel\"",
                        "\"ratioToJdbcBatch\"",
                        "\"unitPdfsPerSecond\"",
                        "\"wallSeconds\"",
                        "\"peakHeapMb\"",
                        "\"complete\": true");
        assertThat(BenchReport.markdown(r))
                .contains(
                        "| (a) reading",
                        "| (b) storing",
                        "| (c) unit scorecard PDFs",
                        "| (d) monthly job",
                        "| (e) one 5000-row ledger",
                        "| (f) `scorecard jobs --limit 1`")
                .doesNotContain("| this build | baseline | this ÷ baseline |");
    }
}
