package org.zsyz.scorecard.excel;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** File moves that never overwrite: a name already taken gets a numbered twin (x-2.xlsx). */
public final class SafeFiles {

    private SafeFiles() {
    }

    public static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = freeName(folder, file.getFileName().toString());
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }

    public static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(stem + "-" + i + ext);
        }
        return target;
    }
}
