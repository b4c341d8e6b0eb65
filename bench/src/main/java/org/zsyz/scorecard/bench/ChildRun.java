package org.zsyz.scorecard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real {@code scorecard.jar} in a child JVM with a fixed heap, in a working folder, and reports its wall
 * time (process start to exit, JVM and Spring start-up included) and its peak heap.
 *
 * <p>Peak heap is read from the child's own GC log ({@code -Xlog:gc,gc+heap+exit}): the largest heap occupancy
 * logged before any collection, or the occupancy at exit if that is larger. The heap only grows between
 * collections, so this is the true peak of what the heap held (live and not yet collected), to the nearest MB.
 */
final class ChildRun {

    private static final Pattern BEFORE_GC = Pattern.compile("\\) (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern AT_EXIT = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    record Result(int exitCode, double seconds, long peakHeapMb, String output) {}

    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    final Path scorecardJar;
    private final BenchDatabase db;

    ChildRun(Path scorecardJar, BenchDatabase db) {
        this.scorecardJar = scorecardJar;
        this.db = db;
    }

    Result run(Path home, String heap, String name, String... args) throws IOException, InterruptedException {
        return run(scorecardJar, home, heap, name, args);
    }

    /** Runs {@code jar} (this build's or the baseline's) the same way. */
    Result run(Path jar, Path home, String heap, String name, String... args) throws IOException, InterruptedException {
        home = home.toAbsolutePath();
        Files.createDirectories(home);
        Path gcLog = home.resolve(name + "-gc.log");
        Path output = home.resolve(name + "-output.txt");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc,gc+heap+exit:file=" + gcLog,
                "-jar",
                jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        command.add("--scorecard.home=" + home.toAbsolutePath());
        if (db.mysql) {
            command.add("--spring.profiles.active=mysql");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("SCORECARD_HOME", home.toAbsolutePath().toString());
        if (db.mysql) {
            env.put("SCORECARD_MYSQL_URL", db.url);
            env.put("SCORECARD_MYSQL_USER", db.user);
            env.put("SCORECARD_MYSQL_PASSWORD", db.password);
        }
        long start = System.nanoTime();
        Process child = builder.start();
        if (!child.waitFor(30, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            throw new IllegalStateException(name + " did not finish in 30 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(output, StandardCharsets.UTF_8);
        return new Result(child.exitValue(), seconds, peakHeapMb(gcLog), text);
    }

    static long peakHeapMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        long peak = -1;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = BEFORE_GC.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
            Matcher exit = AT_EXIT.matcher(line);
            if (exit.find()) {
                peak = Math.max(peak, (Long.parseLong(exit.group(2)) + 1023) / 1024);
            }
        }
        return peak;
    }
}
