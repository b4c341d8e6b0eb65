package org.zsyz.scorecard.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFilesTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd|_._.._etc_passwd",
                "..\\..\\evil.xlsx|_._.._evil.xlsx",
                "C:\\Windows\\x.xls|C__Windows_x.xls",
                "..|_.",
                ".hidden.xlsx|_hidden.xlsx",
                "牧野区 3月.xlsx|牧野区 3月.xlsx",
                "a\tb?.xlsx|a_b_.xlsx"
            })
    void aNameBecomesOneHarmlessPathElement(String name, String safe) {
        assertThat(SafeFiles.safeName(name)).isEqualTo(safe);
        assertThat(SafeFiles.inside(dir, name).getParent())
                .isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void aLongNameKeepsItsExtension() {
        String safe = SafeFiles.safeName("项".repeat(300) + ".xlsx");
        assertThat(safe).hasSize(180).endsWith(".xlsx");
    }

    @Test
    void aTakenNameGetsANumberedTwinAndNothingIsOverwritten() throws Exception {
        Files.writeString(dir.resolve("410711.xlsx"), "first");
        Files.writeString(dir.resolve("410711-2.xlsx"), "second");
        Path incoming = Files.writeString(dir.resolve("incoming.tmp"), "third");

        Path moved = SafeFiles.moveTo(incoming, SafeFiles.freeName(dir, "410711.xlsx"));

        assertThat(moved.getFileName().toString()).isEqualTo("410711-3.xlsx");
        assertThat(Files.readString(dir.resolve("410711.xlsx"))).isEqualTo("first");
        assertThat(Files.readString(moved)).isEqualTo("third");
    }
}
