package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The command line as a separate process, the way an operator runs it: {@code java ... ScorecardCommand} with the
 * application's own classes and libraries (not the tests'), in a given working directory, with no SCORECARD_HOME.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern PORTAL = Pattern.compile("网上报送：http://[^:]+:(\\d+)/");

    final Process process;
    final Path output;

    private ServeProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** The application's classpath: the test run's, without the test classes (their logback-test.xml and all). */
    static String applicationClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static ProcessBuilder command(Path workingDirectory, Path tmpdir, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-Djava.io.tmpdir=" + tmpdir,
                "-cp",
                applicationClasspath(),
                ScorecardCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SCORECARD_") || name.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs a command to its end; returns its output (stdout and stderr). */
    static String run(
            Path workingDirectory, Path tmpdir, Map<String, String> environment, int expectedExit, String... args)
            throws Exception {
        Path output = Files.createTempFile(tmpdir, "command", ".txt");
        Process child = command(workingDirectory, tmpdir, environment, args)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = child.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time: " + text).isTrue();
        assertThat(child.exitValue()).as(String.join(" ", args) + ": " + text).isEqualTo(expectedExit);
        return text;
    }

    /** Starts {@code scorecard serve} on a free port and waits until the portal answers. */
    static ServeProcess serve(Path workingDirectory, Path tmpdir, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--address", "127.0.0.1"));
        args.addAll(List.of(extra));
        if (args.stream().noneMatch(a -> a.startsWith("--scorecard.schedule.enabled="))) {
            args.add("--scorecard.schedule.enabled=false"); // a test runs the month itself, unless it says so
        }
        Path output = Files.createTempFile(tmpdir, "serve", ".txt");
        Process child = command(workingDirectory, tmpdir, Map.of(), args.toArray(String[]::new))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new ServeProcess(child, output);
    }

    /** The portal's port, once the process has printed it. */
    int port() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Matcher m = PORTAL.matcher(output());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            assertThat(process.isAlive()).as("serve ended early: " + output()).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("serve did not start in time: " + output());
    }

    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** Ends the process as systemd does (SIGTERM); returns how long it took. */
    Duration stop() throws Exception {
        Instant asked = Instant.now();
        process.destroy();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        return Duration.between(asked, Instant.now());
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
