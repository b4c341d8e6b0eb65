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

    /** {@code cpuSeconds}: user + system time of the child, -1 where /usr/bin/time is missing. */
    record Result(int exitCode, double seconds, double cpuSeconds, long peakHeapMb, String output) {

        /** This result, or a failure naming the run and the end of its output. */
        Result requireOk(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " failed (exit " + exitCode + "):\n" + outputTail());
            }
            return this;
        }

        /** The last 2,000 characters of the output: where a failure says why. */
        String outputTail() {
            return output.length() <= 2000 ? output : output.substring(output.length() - 2000);
        }
    }

    /** GNU time: the child's CPU time, a steadier measure than wall time on a loaded host. */
    private static final Path TIME = Path.of("/usr/bin/time");

    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    final Path scorecardJar;
    private final BenchDatabase db;
    /** What starts this build's jar as operators do (scripts/scorecard), or null for {@code java -jar}. */
    private final Path launcher;

    ChildRun(Path scorecardJar, BenchDatabase db) {
        this(scorecardJar, db, null);
    }

    ChildRun(Path scorecardJar, BenchDatabase db, Path launcher) {
        this.scorecardJar = scorecardJar;
        this.db = db;
        this.launcher = launcher;
    }

    Result run(Path home, String heap, String name, String... args) throws IOException, InterruptedException {
        return run(scorecardJar, home, heap, name, args);
    }

    /**
     * Runs {@code jar}: this build's through the launcher when there is one, the baseline's with {@code java -jar}
     * (it came without one).
     */
    Result run(Path jar, Path home, String heap, String name, String... args) throws IOException, InterruptedException {
        return run(jar.equals(scorecardJar) ? launcher : null, jar, home, heap, name, args);
    }

    /**
     * Runs {@code jar} through a launcher script ({@code scripts/scorecard}: {@code SCORECARD_JAR} names the jar,
     * {@code JAVA_OPTS} carries the heap and the GC log), or directly with {@code java -jar} when it is null.
     */
    Result run(Path launcher, Path jar, Path home, String heap, String name, String... args)
            throws IOException, InterruptedException {
        home = home.toAbsolutePath();
        Files.createDirectories(home);
        Path gcLog = home.resolve(name + "-gc.log");
        Path output = home.resolve(name + "-output.txt");
        Path cpuFile = home.resolve(name + "-cpu.txt");
        Files.deleteIfExists(cpuFile);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
        }
        List<String> options =
                List.of("-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc,gc+heap+exit:file=" + gcLog);
        if (launcher == null) {
            command.add(java.toString());
            command.addAll(options);
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        } else {
            command.add(launcher.toAbsolutePath().toString());
        }
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
        if (launcher != null) {
            env.put("SCORECARD_JAR", jar.toAbsolutePath().toString());
            env.put("JAVA_OPTS", String.join(" ", options));
            env.put("JAVA_HOME", java.getParent().getParent().toString());
        }
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
        return new Result(child.exitValue(), seconds, cpuSeconds(cpuFile), peakHeapMb(gcLog), text);
    }

    /** The last line GNU time wrote ("user system"; a line before it may say the exit status). */
    static double cpuSeconds(Path cpuFile) throws IOException {
        if (!Files.exists(cpuFile)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(cpuFile, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] parts = lines.get(i).trim().split("\\s+");
            if (parts.length == 2 && parts[0].matches("[0-9.]+") && parts[1].matches("[0-9.]+")) {
                return Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]);
            }
        }
        return -1;
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
