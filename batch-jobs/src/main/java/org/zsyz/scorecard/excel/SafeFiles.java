package org.zsyz.scorecard.excel;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * File names and moves for files that strangers named. A name never leads out of its folder (separators,
 * "..", drive colons and control characters become "_"), and a move never overwrites: a name already taken
 * gets a numbered twin (x-2.xlsx).
 */
public final class SafeFiles {

    private static final int MAX_NAME = 180;

    private SafeFiles() {}

    /** The name as one harmless path element: no separators, no leading dot, no control characters. */
    public static String safeName(String name) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            safe.append(
                    c == '/'
                                    || c == '\\'
                                    || c == ':'
                                    || c == '*'
                                    || c == '?'
                                    || c == '"'
                                    || c == '<'
                                    || c == '>'
                                    || c == '|'
                                    || Character.isISOControl(c)
                            ? '_'
                            : c);
        }
        String s = safe.toString().strip();
        while (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        if (s.isEmpty()) {
            s = "unnamed";
        }
        if (s.length() > MAX_NAME) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 8 ? s.substring(dot) : "";
            s = s.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return s;
    }

    /** {@code folder/name} made safe, checked to lie directly inside the folder. */
    public static Path inside(Path folder, String name) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = base.resolve(safeName(name)).normalize();
        if (!base.equals(target.getParent())) {
            throw new IllegalArgumentException("Refusing a file name that leaves its folder: " + name);
        }
        return target;
    }

    public static Path moveInto(Path file, Path folder) throws IOException {
        return moveTo(file, freeName(folder, file.getFileName().toString()));
    }

    /** Moves a file to a target chosen with {@link #freeName}; the target's folder is created. */
    public static Path moveTo(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }

    /** A safe name in the folder that no file has yet. */
    public static Path freeName(Path folder, String name) {
        Path target = inside(folder, name);
        String safe = target.getFileName().toString();
        int dot = safe.lastIndexOf('.');
        String stem = dot <= 0 ? safe : safe.substring(0, dot);
        String ext = dot <= 0 ? "" : safe.substring(dot);
        for (int i = 2; Files.exists(target); i++) {
            target = inside(folder, stem + "-" + i + ext);
        }
        return target;
    }

    /** The name without its extension. */
    public static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
