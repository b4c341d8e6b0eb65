package org.zsyz.scorecard.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.zsyz.scorecard.excel.FileDigest;

/**
 * The file side of an atomic publication, shared by the months and the terms: a staging folder gets a manifest and
 * is renamed into place in one move, the folder it replaces kept aside.
 */
public final class PublishedFolders {

    public static final String MANIFEST = "MANIFEST.sha256";

    private PublishedFolders() {}

    /**
     * Moves {@code staging} to {@code target}; a folder already at {@code target} is first moved to {@code aside}.
     */
    public static void putInPlace(Path staging, Path target, Path aside) {
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                move(target, aside);
            }
            move(staging, target);
        } catch (IOException e) {
            throw new UncheckedIOException("发布失败：无法将 " + staging + " 移动到 " + target, e);
        }
    }

    /** {@code sha256sum} format, so {@code sha256sum -c MANIFEST.sha256} checks a copy anywhere. */
    public static void writeManifest(Path folder) {
        StringBuilder manifest = new StringBuilder();
        for (Path file : files(folder)) {
            if (!file.getFileName().toString().equals(MANIFEST)) {
                manifest.append(FileDigest.sha256(file))
                        .append("  ")
                        .append(file.getFileName())
                        .append('\n');
            }
        }
        try {
            Files.writeString(folder.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files directly in {@code folder}, by name (subfolders such as 督办单 are not part of the set). */
    public static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
