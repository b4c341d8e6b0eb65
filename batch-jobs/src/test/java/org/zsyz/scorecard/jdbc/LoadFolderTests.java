package org.zsyz.scorecard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.lock.ProcessIdentity;

/**
 * The load folder after a kill -9 mid-import: what processes of this host that no longer run left is removed at
 * the next load; what a live process, another host or a recent flat-layout load may still use is kept.
 */
class LoadFolderTests {

    @TempDir
    Path root;

    final ProcessIdentity self = ProcessIdentity.current();

    Path processFolder(String hostKey, long pid, long startedAt) throws Exception {
        Path folder = Files.createDirectories(root.resolve(hostKey.substring(0, 12) + "-" + pid + "-" + startedAt));
        Files.writeString(folder.resolve("ledger_project-123.tsv"), "1\t419902-2023-001\t2\t研学旅游基地项目\n");
        return folder;
    }

    static long startOf(Process p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    @Test
    void theNextLoadRemovesWhatDeadProcessesOfThisHostLeftAndKeepsWhatLiveOnesUse() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        long endedStart = startOf(ended);
        ended.waitFor();
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            Path dead = processFolder(self.hostKey(), ended.pid(), endedStart);
            Path live = processFolder(self.hostKey(), running.pid(), startOf(running));
            Path otherHost = processFolder("0123456789abcdef", ended.pid(), endedStart);
            Path oldLoose = Files.writeString(root.resolve("ledger_project-1.tsv"), "old");
            Files.setLastModifiedTime(oldLoose, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
            Path freshLoose = Files.writeString(root.resolve("ledger_project-2.tsv"), "fresh");
            LoadFolder folder = new LoadFolder(root);
            Path own = Files.createDirectories(folder.own());
            Files.writeString(own.resolve("ledger_project-9.tsv"), "mine");

            assertThat(folder.sweep()).isEqualTo(2);

            assertThat(dead).doesNotExist();
            assertThat(oldLoose).doesNotExist();
            assertThat(live.resolve("ledger_project-123.tsv")).exists();
            assertThat(otherHost.resolve("ledger_project-123.tsv")).exists();
            assertThat(freshLoose).exists();
            assertThat(own.resolve("ledger_project-9.tsv")).exists();
            assertThat(own.getFileName().toString())
                    .isEqualTo(self.hostKey().substring(0, 12) + "-" + self.processId() + "-" + self.startedAt());

            folder.removeOwn();

            assertThat(own).doesNotExist();
        } finally {
            running.destroyForcibly();
        }
    }

    @Test
    void aMissingFolderIsNothingToSweep() {
        assertThat(new LoadFolder(root.resolve("work/load")).sweep()).isZero();
    }
}
