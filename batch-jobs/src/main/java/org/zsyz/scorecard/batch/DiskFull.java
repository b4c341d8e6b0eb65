package org.zsyz.scorecard.batch;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full disk, told in Chinese: the system's own message ("No space left on device") is the only one a user would
 * otherwise see in English, without the file that could not be written.
 */
public final class DiskFull {

    private static final String NO_SPACE = "No space left on device";
    /** A quoted absolute path in a message, as the database engine names its file. */
    private static final Pattern QUOTED_PATH = Pattern.compile("\"(/[^\"]+)\"");

    private DiskFull() {}

    /** The one line for a full disk anywhere in the chain, or {@code null} when the disk is not the cause. */
    public static String describe(Throwable e) {
        boolean full = false;
        String file = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message =
                    String.valueOf(t.getMessage()) + (t instanceof FileSystemException f ? " " + f.getReason() : "");
            if (message.contains(NO_SPACE)) {
                full = true;
            }
            if (file == null && t instanceof FileSystemException f && f.getFile() != null) {
                file = f.getFile();
            }
            if (file == null && message.contains(NO_SPACE)) {
                Matcher m = QUOTED_PATH.matcher(message);
                file = m.find() ? m.group(1) : null;
            }
        }
        if (!full) {
            return null;
        }
        if (file == null) {
            return "磁盘空间已满，写入失败。请用 df -h 查看哪个磁盘已满（工作目录、数据库或临时目录所在的磁盘），清理出空间后" + "重新运行同一命令，即从中断处继续";
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return "磁盘空间已满，无法写入 " + file + "。请清理 " + (parent == null ? file : parent) + " 所在磁盘的空间（df -h "
                + (parent == null ? file : parent) + " 可查看），然后重新运行同一命令，即从中断处继续";
    }
}
