package org.zsyz.scorecard.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The files waiting in an inbox folder, in name order. It keeps no restart position on purpose: a file
 * leaves the inbox only once its outcome is committed, so on a restart the folder itself says what is left.
 */
public class InboxFileReader implements ItemReader<Path> {

    private final Path inbox;
    private Deque<Path> pending;

    public InboxFileReader(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public Path read() {
        if (pending == null) {
            pending = new ArrayDeque<>(waitingFiles(inbox));
        }
        return pending.poll();
    }

    /** Regular files, skipping editors' lock files (~$x.xlsx) and hidden files. */
    public static List<Path> waitingFiles(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            // A symbolic link could point anywhere on the machine: only real files in the inbox are read.
            return files.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(f -> !f.getFileName().toString().startsWith("~$"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox, e);
        }
    }
}
