package org.zsyz.scorecard.lock;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * This process as the owner of run locks: its host, process id and start time, and a host key that says
 * where a process id means something. On Linux the key covers the kernel boot and the process namespace,
 * so two containers on one machine (or a machine rebooted since) never judge each other's process ids.
 */
public record ProcessIdentity(String hostName, String hostKey, long processId, long startedAt) {

    private static final ProcessIdentity CURRENT = detect();

    public static ProcessIdentity current() {
        return CURRENT;
    }

    private static ProcessIdentity detect() {
        ProcessHandle self = ProcessHandle.current();
        String host = detectHostName();
        String key = sha256(host + "|" + read("/proc/sys/kernel/random/boot_id") + "|" + link("/proc/self/ns/pid"));
        return new ProcessIdentity(host, key, self.pid(), startOf(self).orElse(0L));
    }

    /** Whether a lock owner ran on this host (so its process id can be looked up here). */
    public boolean sameHost(String otherHostKey) {
        return hostKey.equals(otherHostKey);
    }

    /** Whether a process on this host still runs: the id exists and, where known, started when the owner did. */
    public static boolean isRunning(long processId, long startedAt) {
        Optional<ProcessHandle> process = ProcessHandle.of(processId);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Long> started = startOf(process.get());
        // A reused process id belongs to a process that started later; one second covers clock-tick rounding.
        return startedAt == 0 || started.isEmpty() || Math.abs(started.get() - startedAt) < 1000;
    }

    private static Optional<Long> startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    private static String detectHostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        String fromFile = read("/etc/hostname");
        if (!fromFile.isBlank()) {
            return fromFile;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String link(String file) {
        try {
            return Files.readSymbolicLink(Path.of(file)).toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
