package org.zsyz.scorecard.bench;

import static org.zsyz.scorecard.bench.Benchmark.PERIOD;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measurement (f): the commands operators run all day, each started as its own process (JVM start-up included) in
 * the working folder of a finished monthly run, so the listings have something to list. With a baseline jar the
 * two jars take turns command by command (baseline, this build, baseline, …); the median of the rounds counts.
 */
final class CommandStartRun {

    private final ChildRun child;
    private final Path home;
    private final String heap;
    private final String unitCode;
    /** {@code scripts/scorecard} to start this build's commands with, or null for {@code java -jar}. */
    private final Path launcher;

    CommandStartRun(ChildRun child, Path home, String heap, String unitCode, Path launcher) {
        this.launcher = launcher;
        this.child = child;
        this.home = home;
        this.heap = heap;
        this.unitCode = unitCode;
    }

    /** Name shown in the table → the command's arguments. */
    Map<String, List<String>> commands() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("--version", List.of("--version"));
        c.put("jobs --limit 1", List.of("jobs", "--limit", "1"));
        c.put("user list", List.of("user", "list"));
        c.put("rules check", List.of("rules", "check", "--year", String.valueOf(PERIOD.getYear())));
        c.put(
                "template targets",
                List.of(
                        "template",
                        "targets",
                        "--year",
                        String.valueOf(PERIOD.getYear() + 1),
                        "--out",
                        home.resolve("template-targets.xlsx").toString()));
        c.put(
                "template return",
                List.of(
                        "template",
                        "return",
                        "--period",
                        PERIOD.plusMonths(1).toString(),
                        "--unit",
                        unitCode,
                        "--out",
                        home.resolve("template-return.xlsx").toString()));
        return c;
    }

    /**
     * The launcher's first start after a new build, in seconds: it extracts the jar and trains its class-data
     * archive, once per build; measured on its own, before any other run of this build goes through it.
     */
    static double launcherFirstStart(ChildRun child, Path launcher, Path home, String heap) throws Exception {
        return ReaderComparison.round(
                child.run(launcher, child.scorecardJar, home, heap, "launcher-first", "--version")
                        .requireOk("the launcher's first start")
                        .seconds(),
                2);
    }

    /**
     * @param baseline the previous release's jar, or null
     * @return per command: {@code seconds} (median), {@code exitCode}, and with a baseline {@code baselineSeconds}
     *     and {@code baselineExitCode}
     */
    Map<String, Object> run(Path baseline, int rounds) throws Exception {
        Map<String, List<Double>> ours = new LinkedHashMap<>();
        Map<String, List<Double>> theirs = new LinkedHashMap<>();
        Map<String, List<Double>> oursCpu = new LinkedHashMap<>();
        Map<String, List<Double>> theirsCpu = new LinkedHashMap<>();
        Map<String, Object> results = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            int i = 0;
            for (Map.Entry<String, List<String>> c : commands().entrySet()) {
                String[] args = c.getValue().toArray(String[]::new);
                String name = "command-" + i++;
                @SuppressWarnings("unchecked")
                Map<String, Object> one =
                        (Map<String, Object>) results.computeIfAbsent(c.getKey(), k -> new LinkedHashMap<>());
                if (baseline != null) {
                    ChildRun.Result b = child.run(baseline, home, heap, name + "-baseline", args);
                    theirs.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(b.seconds());
                    theirsCpu
                            .computeIfAbsent(c.getKey(), k -> new ArrayList<>())
                            .add(b.cpuSeconds());
                    one.put("baselineExitCode", b.exitCode());
                }
                ChildRun.Result a = child.run(launcher, child.scorecardJar, home, heap, name, args);
                ours.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(a.seconds());
                oursCpu.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(a.cpuSeconds());
                one.put("exitCode", a.exitCode());
                if (launcher != null) {
                    one.put("launcher", launcher.toString());
                }
                if (a.exitCode() != 0) {
                    one.put("output", a.outputTail());
                }
            }
        }
        for (Map.Entry<String, Object> e : results.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> one = (Map<String, Object>) e.getValue();
            one.put("seconds", ReaderComparison.round(Medians.median(ours.get(e.getKey())), 2));
            one.put("cpuSeconds", ReaderComparison.round(Medians.median(oursCpu.get(e.getKey())), 2));
            if (baseline != null) {
                one.put("baselineSeconds", ReaderComparison.round(Medians.median(theirs.get(e.getKey())), 2));
                one.put("baselineCpuSeconds", ReaderComparison.round(Medians.median(theirsCpu.get(e.getKey())), 2));
            }
        }
        return results;
    }
}
