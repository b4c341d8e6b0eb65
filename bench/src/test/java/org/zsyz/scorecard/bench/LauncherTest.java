package org.zsyz.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/scorecard as an operator runs it: in a new folder, nothing set but the jar. The first command extracts the
 * jar and trains the class-data archive once, outside the operator's folder; later commands map the archive (the
 * JVM's class-loading log says where each class came from), print what {@code java -jar} prints and exit with its
 * codes. Here because this module's tests run after the jar is packaged.
 */
class LauncherTest {

    @TempDir
    Path dir;

    record Ran(int exit, String output) {}

    @Test
    void trainsOnceOutsideTheFolderAndTheTemplatesLoadFromTheArchive() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("市商务局"));
        Files.createDirectories(dir.resolve("tmp"));

        Ran version = run(folder, null, "--version");
        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).isEqualTo("scorecard 1.0\n");
        List<Path> versions = list(dir.resolve("cache"));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).resolve("ready")).exists();
        assertThat(Files.size(versions.get(0).resolve("app.jsa"))).isGreaterThan(10_000_000L);
        assertThat(list(folder))
                .as("the training writes nothing into the operator's folder")
                .isEmpty();
        assertThat(list(dir.resolve("tmp")))
                .as("the training's throw-away folder is gone")
                .isEmpty();

        // both writers and POI's streaming workbook come from the archive the training made
        Path classes = dir.resolve("classes.txt");
        Ran targets = run(folder, classes, "template", "targets", "--year", "2026", "--out", "目标任务书.xlsx");
        assertThat(targets.exit()).as(targets.output()).isZero();
        assertThat(folder.resolve("目标任务书.xlsx")).isNotEmptyFile();
        String loaded = Files.readString(classes, StandardCharsets.UTF_8);
        for (String name : List.of(
                "org.zsyz.scorecard.targets.TargetsWorkbookWriter",
                "org.apache.poi.xssf.streaming.SXSSFWorkbook",
                "org.apache.poi.xssf.usermodel.XSSFWorkbook")) {
            assertThat(loaded.lines().filter(line -> line.contains("] " + name + " source: ")))
                    .as(name)
                    .singleElement()
                    .asString()
                    .endsWith(" source: shared objects file (top)");
        }

        Ran jobs = run(folder, null, "jobs", "--limit", "1");
        assertThat(jobs.exit()).as(jobs.output()).isZero();
        assertThat(jobs.output()).isEqualTo("还没有任何作业记录。\n");
        assertThat(list(dir.resolve("cache"))).as("no second training").isEqualTo(versions);

        assertThat(run(folder, null, "no-such-command").exit()).isEqualTo(2);

        // the runs take the parallel collector (not in a small heap), the listings and checks keep G1, and JAVA_OPTS
        // has the last word
        assertThat(collector(folder, "", "assess", "--period", "2025-09")).isEqualTo("Parallel");
        assertThat(collector(folder, "", "jobs", "--limit", "1")).isEqualTo("G1");
        assertThat(collector(folder, "-XX:+UseSerialGC", "assess", "--period", "2025-09"))
                .isEqualTo("Serial");
        assertThat(collector(folder, "-Xmx64m", "assess", "--period", "2025-09"))
                .as("a heap under 256 MB keeps G1")
                .isEqualTo("G1");
    }

    /** The collector the JVM of a command used, from its GC log ("Using Parallel"). */
    private String collector(Path folder, String javaOpts, String... args) throws Exception {
        Path log = dir.resolve("gc-" + System.nanoTime() + ".log");
        runWith(folder, (javaOpts + " -Xlog:gc:file=" + log).strip(), args);
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains("Using "))
                .map(line -> line.substring(line.indexOf("Using ") + "Using ".length())
                        .strip())
                .findFirst()
                .orElse("none");
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private Ran run(Path folder, Path classLog, String... args) throws Exception {
        return runWith(folder, classLog == null ? null : "-Xlog:class+load=info:file=" + classLog, args);
    }

    private Ran runWith(Path folder, String javaOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("scorecard.launcher"))
                .toAbsolutePath()
                .toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment()
                .keySet()
                .removeIf(name ->
                        name.startsWith("SCORECARD_") || name.startsWith("SPRING_") || name.equals("JAVA_OPTS"));
        builder.environment().put("SCORECARD_JAR", System.getProperty("scorecard.jar"));
        builder.environment().put("SCORECARD_CACHE", dir.resolve("cache").toString());
        builder.environment().put("TMPDIR", dir.resolve("tmp").toString());
        if (javaOpts != null) {
            builder.environment().put("JAVA_OPTS", javaOpts);
        }
        Path output = dir.resolve("output.txt");
        Process child = builder.redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = child.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time: " + text).isTrue();
        return new Ran(child.exitValue(), text);
    }
}
