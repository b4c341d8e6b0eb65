package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * {@code scorecard serve} the way a bureau starts it: a process whose current directory is the working folder,
 * with no SCORECARD_HOME and the default H2 database. A run and an upload from the portal must work on that folder
 * (not on Tomcat's temporary document root), and what they wrote must still be served after a restart.
 */
class ServeInAFolderTests {

    private static final Pattern FILE_LINK =
            Pattern.compile("/bureau/publications/file\\?period=2025-09&amp;name=([^\"]+)\"");

    @TempDir
    Path root;

    @Test
    void aRunAndAnUploadFromThePortalWorkInTheFolderServeWasStartedIn() throws Exception {
        Path folder = Files.createDirectories(root.resolve("市商务局"));
        Path tmpdir = Files.createDirectories(root.resolve("tmp"));
        Path targets = SampleMonth.prepare(folder);
        Path upload = Files.move(targets, root.resolve("targets-2025.xlsx"));

        ServeProcess.run(
                folder,
                tmpdir,
                Map.of("SCORECARD_USER_PASSWORD", "bureau password 1"),
                0,
                "user",
                "add",
                "--username",
                "office",
                "--role",
                "bureau");

        String downloadPath;
        try (ServeProcess serve = ServeProcess.serve(folder, tmpdir)) {
            PortalSession bureau = PortalSession.login(serve.port(), "office", "bureau password 1");

            HttpResponse<String> loaded =
                    bureau.upload("/bureau/targets", "/bureau/targets", Map.of("year", "2025"), "file", upload);
            assertThat(loaded.body()).contains("已导入").doesNotContain("tomcat");
            assertThat(listing(folder.resolve("uploads/targets"))).hasSize(1);

            bureau.post("/bureau/runs", "/bureau/runs", Map.of("period", "2025-09"));
            String publications = awaitPublication(bureau);
            Matcher link = FILE_LINK.matcher(publications);
            assertThat(link.find()).as(publications).isTrue();
            downloadPath = "/bureau/publications/file?period=2025-09&name=" + link.group(1);
            assertThat(bureau.download(downloadPath).statusCode()).isEqualTo(200);

            assertThat(listing(folder.resolve("archive/2025-09"))).hasSize(SampleMonth.UNITS);
            assertThat(listing(folder.resolve("inbox/2025-09"))).isEmpty();
            assertThat(listing(folder.resolve("out/2025-09")).stream()
                            .filter(f -> f.endsWith(".pdf"))
                            .count())
                    .isGreaterThan(SampleMonth.UNITS);
            assertThat(serve.output()).contains("工作目录：" + folder.toRealPath());
            assertThat(serve.stop()).isLessThan(Duration.ofSeconds(30));
        }
        assertThat(folder.resolve("data/scorecard.mv.db")).exists();
        assertThat(folder.resolve("logs/scorecard.log")).exists();

        try (ServeProcess again = ServeProcess.serve(folder, tmpdir)) {
            PortalSession bureau = PortalSession.login(again.port(), "office", "bureau password 1");
            HttpResponse<byte[]> file = bureau.download(downloadPath);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body().length).isGreaterThan(1000);
            again.stop();
        }
        // Tomcat's temporary document root holds none of the month's files
        try (Stream<Path> all = Files.walk(tmpdir)) {
            assertThat(all.filter(p -> p.toString().contains("tomcat-docbase"))
                            .filter(Files::isRegularFile)
                            .map(Path::toString)
                            .toList())
                    .isEmpty();
        }
    }

    private static String awaitPublication(PortalSession bureau) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            String runs = bureau.get("/bureau/runs").body();
            if (!runs.contains("运行中…")) {
                String publications = bureau.get("/bureau/publications").body();
                assertThat(publications).as(runs).contains("2025-09");
                return publications;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(
                "the run did not end in time: " + bureau.get("/bureau/runs").body());
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
