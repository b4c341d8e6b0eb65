package org.zsyz.scorecard.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.returns.HostileFiles;

/**
 * The streaming reader against files meant to hurt it: each is refused with a clear message, early, and
 * without the visitor seeing a row it should not.
 */
class HostileWorkbookTests {

    @TempDir
    Path dir;

    final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);
    final AtomicInteger rows = new AtomicInteger();
    final WorkbookVisitor counting = sheetName -> row -> rows.incrementAndGet();

    String refusal(Path file) {
        try {
            reader.read(file, counting);
        } catch (UnreadableWorkbookException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " was read");
    }

    @Test
    void poisSafetyLimitsAreSetExplicitly() {
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(512L * 1024 * 1024);
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(1000);
        assertThat(ZipSecureFile.getGraceEntrySize()).isEqualTo(100 * 1024);
        assertThat(IOUtils.getByteArrayMaxOverride()).isEqualTo(128 * 1024 * 1024);
        assertThat(ReadLimits.DEFAULT.describe())
                .isEqualTo("文件不超过 64 MB；每个工作表不超过 300000 行；.xlsx 中单个部件解压后不超过 512 MB、压缩比不超过 1:100、部件不超过 1000 个");
    }

    @Test
    void aTextFileIsNotASpreadsheet() throws Exception {
        assertThat(refusal(HostileFiles.notASpreadsheet(dir.resolve("a.xlsx"))))
                .isEqualTo("文件不是Excel工作簿（无法识别的文件格式），请提交 .xlsx 或 .xls 格式的报表");
    }

    @Test
    void aRenamedPdfIsRecognised() throws Exception {
        assertThat(refusal(HostileFiles.renamedPdf(dir.resolve("a.xlsx"))))
                .isEqualTo("文件是PDF文档，不是Excel工作簿，请提交 .xlsx 或 .xls 格式的报表");
    }

    @Test
    void anEncryptedXlsxAsksForThePasswordToBeRemoved() throws Exception {
        assertThat(refusal(HostileFiles.encryptedXlsx(dir.resolve("a.xlsx"))))
                .isEqualTo("工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交");
    }

    @Test
    void anEncryptedXlsToo() throws Exception {
        assertThat(refusal(HostileFiles.encryptedXls(dir.resolve("a.xls"))))
                .isEqualTo("工作簿设置了打开密码（已加密），无法读取，请取消密码后重新提交");
    }

    @Test
    void aZipBombIsStoppedByTheInflateRatio() throws Exception {
        Path bomb = HostileFiles.zipBomb(dir.resolve("a.xlsx"));
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        assertThat(refusal(bomb)).isEqualTo("文件压缩比异常（解压后超过压缩大小的 100 倍），疑似压缩炸弹，已拒收");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        assertThat(refusal(HostileFiles.entityExpansion(dir.resolve("a.xlsx"))))
                .isEqualTo("工作簿的XML含有DOCTYPE或实体定义（正常的Excel文件没有，可能是XML实体膨胀攻击），已拒收");
    }

    @Test
    void aPackageStuffedWithPartsIsRefused() throws Exception {
        assertThat(refusal(HostileFiles.tooManyParts(dir.resolve("a.xlsx"))))
                .isEqualTo("文件包含的部件超过 1000 个，不是正常的Excel工作簿，已拒收");
    }

    @Test
    void aTenMillionRowSheetIsCutOffAtTheRowLimit() throws Exception {
        Path huge = HostileFiles.tenMillionRows(dir.resolve("a.xlsx"));
        assertThat(Files.size(huge)).isLessThan(ReadLimits.DEFAULT.maxFileBytes());

        long started = System.nanoTime();
        assertThat(refusal(huge)).isEqualTo("工作表「项目台账」超过 300000 行的上限，已拒收");
        assertThat(rows.get()).isLessThanOrEqualTo(300_000 + 10);
        assertThat((System.nanoTime() - started) / 1_000_000_000)
                .as("seconds to refuse")
                .isLessThan(30);
    }

    @Test
    void aFileOverTheSizeLimitIsNotOpened() throws Exception {
        Path big = Files.writeString(dir.resolve("a.xlsx"), "x".repeat(3000));
        WorkbookReader small = new WorkbookReader(new ReadLimits(2048, 300_000, 512L * 1024 * 1024, 0.01, 1000));
        try {
            assertThatThrownBy(() -> small.read(big, counting))
                    .hasMessage("文件大小 2.9 KB 超过上限 2 KB，正常的报表远小于此，请删除与报表无关的内容（如图片）后重新提交");
        } finally {
            new WorkbookReader(ReadLimits.DEFAULT); // the POI limits are global: put the defaults back
        }
    }

    @Test
    void aVisitorsOwnFailureIsNotBlamedOnTheFile() throws Exception {
        Path good = org.zsyz.scorecard.returns.TestWorkbook.goodReturn()
                .write(dir.resolve("good.xlsx"), org.zsyz.scorecard.returns.TestWorkbook.Format.XLSX);
        IllegalStateException databaseDown = new IllegalStateException("database down");

        assertThatThrownBy(() -> reader.read(good, sheet -> row -> {
                    throw databaseDown;
                }))
                .isSameAs(databaseDown);
    }
}
