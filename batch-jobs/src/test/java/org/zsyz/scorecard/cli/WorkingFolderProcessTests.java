package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A working folder that cannot be used, as the operator meets it: one Chinese line and exit code 2 from a process,
 * before the logging library or the database could print their stack traces or create the folder.
 */
class WorkingFolderProcessTests {

    @TempDir
    Path root;

    @Test
    void serveWithAHomeThatDoesNotExistSaysSoAndCreatesNothing() throws Exception {
        Path tmpdir = Files.createDirectories(root.resolve("tmp"));
        Path missing = root.resolve("拼错的目录");

        String output = ServeProcess.run(
                root,
                tmpdir,
                Map.of("SCORECARD_HOME", missing.toString()),
                ExitCodes.USAGE,
                "serve",
                "--port",
                "0",
                "--address",
                "127.0.0.1");

        assertThat(output.strip())
                .isEqualTo("scorecard: 工作目录 " + missing + " 不存在。请在工作目录中运行（它包含 inbox/、"
                        + "data/ 等），或把 SCORECARD_HOME 设为正确的目录；新的工作目录请先用 mkdir 建好");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aReadOnlyWorkingFolderIsOneLineNotAStackTrace() throws Exception {
        // /sys refuses new files even to root: the one read-only folder a test running as root can count on
        Path readOnly = Path.of("/sys");
        assumeTrue(Files.isDirectory(readOnly) && !canCreateFileIn(readOnly), "no read-only folder on this machine");
        Path tmpdir = Files.createDirectories(root.resolve("tmp"));

        String output =
                ServeProcess.run(root, tmpdir, Map.of(), ExitCodes.USAGE, "jobs", "--scorecard.home=" + readOnly);

        assertThat(output.strip().lines()).hasSize(1);
        assertThat(output.strip())
                .isEqualTo("scorecard: 工作目录 /sys 不可写（只读，或运行账号没有写权限）。请让运行 scorecard 的账号"
                        + "可以写入它（chmod/chown，或重新以读写方式挂载），再运行同一命令");
    }

    private static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
