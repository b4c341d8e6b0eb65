package org.zsyz.scorecard.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A full disk is told in Chinese, naming the file and what to do, wherever in the chain the system's error is. */
class DiskFullTest {

    @Test
    void theKernelsOwnDiskFullErrorBecomesAChineseLine() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full");
        IOException kernel = null;
        try {
            Files.write(full, new byte[64 * 1024]);
        } catch (IOException e) {
            kernel = e;
        }
        assertThat(kernel).isNotNull();
        assertThat(kernel.getMessage()).contains("No space left on device");

        String reason = Failures.reason(new IllegalStateException(
                "Render failed", new UncheckedIOException("writing /srv/scorecard/out/2025-09.staging/x.pdf", kernel)));

        assertThat(reason).startsWith("磁盘空间已满").doesNotContain("No space left on device");
    }

    @Test
    void theFileAndItsFolderAreNamed() {
        FileSystemException e = new FileSystemException(
                "/srv/scorecard/out/2025-09.staging/410711-牧野区-2025-09.pdf", null, "No space left on device");

        assertThat(Failures.reason(new UncheckedIOException(e)))
                .isEqualTo("磁盘空间已满，无法写入 "
                        + "/srv/scorecard/out/2025-09.staging/410711-牧野区-2025-09.pdf。请清理 /srv/scorecard/out/2025-09.staging "
                        + "所在磁盘的空间（df -h /srv/scorecard/out/2025-09.staging 可查看），然后重新运行同一命令，即从中断处继续");
    }

    @Test
    void theDatabaseFileIsNamedWhenTheEmbeddedDatabaseCannotWrite() {
        SQLException h2 = new SQLException(
                "IO Exception: \"java.io.IOException: No space left on device\"; "
                        + "\"/srv/scorecard/data/scorecard.mv.db\" [90031-232]",
                "90031");

        assertThat(Failures.reason(new IllegalStateException("commit failed", h2)))
                .startsWith("磁盘空间已满，无法写入 /srv/scorecard/data/scorecard.mv.db。");
    }

    @Test
    void otherFailuresKeepTheirOwnReason() {
        assertThat(Failures.reason(new IOException("找不到文件 x.xlsx"))).isEqualTo("找不到文件 x.xlsx");
    }
}
