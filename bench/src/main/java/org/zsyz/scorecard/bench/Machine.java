package org.zsyz.scorecard.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The host a run measured: the figures mean something only beside others from the same host. */
final class Machine {

    private Machine() {}

    static Map<String, Object> describe(BenchDatabase db) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        m.put("memoryGb", Math.round(memory / 1073741824.0));
        m.put("java", System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("databaseKind", db.mysql ? "MariaDB/MySQL" : "H2");
        m.put("database", db.version());
        m.put("benchHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
        return m;
    }
}
