package org.zsyz.scorecard.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.report.PdfText;
import org.zsyz.scorecard.report.ScorecardRenderer;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Publishing as an installation configures it: the PDF fonts come from the {@code scorecard.fonts} settings (here a
 * bureau's own font file under its own family name), and two separate runs of the same inputs — from an empty
 * database, at different times of the same day — publish byte-identical files.
 */
@ScorecardTest
@TestPropertySource(properties = {"scorecard.fonts.body-family=示例小标宋", "scorecard.fonts.title-family=示例小标宋"})
@Import(SettableClock.class)
abstract class PublicationRunsTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Path home = WorkingFolder.of(PublicationRunsTests.class);
    /**
     * The bureau's font: Source Han Sans SC Medium copied out of jasperreports-fonts into a folder of its own, so
     * that the documents can only get it through the settings (the bundled body family is the Regular weight).
     */
    static final Path fontFile = copyFont(temporaryFolder("scorecard-font-").resolve("xiaobiaosong.ttf"));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        // (a list binds from one property source as a whole: both keys of the entry go here)
        registry.add("scorecard.fonts.files[0].family", () -> "示例小标宋");
        registry.add("scorecard.fonts.files[0].regular", fontFile::toString);
    }

    @Autowired
    ScorecardOperations operations;

    @Autowired
    ScorecardRenderer renderer;

    @Autowired
    DataSource dataSource;

    /** Leaves the database empty for the next build's tests (the mapper tests expect it so). */
    @AfterEach
    void emptyDatabaseAfterwards() {
        DatabaseCleaner.clean(dataSource);
    }

    @BeforeEach
    void emptyDatabaseAndFolders() throws IOException {
        DatabaseCleaner.clean(dataSource);
        MonthlyJobFunctionalTests.deleteTreeQuietly(home);
        Files.createDirectories(home);
    }

    @Test
    void thePdfsEmbedTheFontFileTheSettingsName() throws Exception {
        Map<String, byte[]> published = runAt(ZonedDateTime.of(2014, 1, 8, 9, 0, 0, 0, ZONE));

        assertThat(renderer.fonts().bodyFamily()).isEqualTo("示例小标宋");
        List<String> pdfs =
                published.keySet().stream().filter(n -> n.endsWith(".pdf")).toList();
        assertThat(pdfs).hasSize(5);
        for (String name : pdfs) {
            assertThat(fonts(published.get(name)))
                    .as(name)
                    .isNotEmpty()
                    .allSatisfy(font -> assertThat(font).matches("[A-Z]{6}\\+NotoSansHans-Medium embedded"));
        }
    }

    @Test
    void twoRunsOfTheSameInputsPublishTheSameBytes() throws Exception {
        Map<String, byte[]> morning = runAt(ZonedDateTime.of(2014, 1, 8, 9, 0, 0, 0, ZONE));
        emptyDatabaseAndFolders();
        Map<String, byte[]> evening = runAt(ZonedDateTime.of(2014, 1, 8, 17, 45, 30, 0, ZONE));

        assertThat(evening.keySet()).isEqualTo(morning.keySet()).hasSize(7);
        for (String name : morning.keySet()) {
            assertThat(Arrays.equals(evening.get(name), morning.get(name)))
                    .as(name)
                    .isTrue();
        }
        assertThat(PdfText.text(home.resolve("out/2013-12/全市成绩单-2013-12.pdf"))).contains("示例市商务局　　2014年1月8日发布");
    }

    /** The worked example from nothing: targets, returns, the monthly job, with the clock at {@code when}. */
    Map<String, byte[]> runAt(ZonedDateTime when) throws Exception {
        SettableClock.now = when.toInstant();
        Path targets = SpecExampleCity.writeTargets(home);
        assertThat(operations.importTargets(targets, 2013).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        SpecExampleCity.writeReturns(home.resolve("inbox").resolve("2013-12"));
        assertThat(operations.monthly(SpecExampleCity.PERIOD, null, false).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        Map<String, byte[]> files = new TreeMap<>();
        // the publication's own files (the 督办单 subfolder is the bureau's, outside the MANIFEST)
        try (Stream<Path> list = Files.list(home.resolve("out").resolve("2013-12"))) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    /** "NAME embedded" or "NAME not embedded" for every font that draws text, charts included. */
    static List<String> fonts(byte[] pdf) throws IOException {
        return PdfText.fonts(pdf).stream()
                .map(f -> f.name() + (f.embedded() ? " embedded" : " not embedded"))
                .distinct()
                .toList();
    }

    static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copyFont(Path target) {
        try (InputStream in =
                PublicationRunsTests.class.getResourceAsStream("/com/github/xingfudeshi/fonts/思源黑体中粗.ttf")) {
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
