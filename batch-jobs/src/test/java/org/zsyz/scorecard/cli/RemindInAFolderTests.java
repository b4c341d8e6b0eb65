package org.zsyz.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zsyz.scorecard.batch.SampleMonth;

/**
 * Issue 21's "done when", as an operator runs it: separate {@code scorecard} processes in a fresh folder, with no
 * SCORECARD_* variables, the default H2 database and the machine on New York time. With one unit's e-mail and
 * another's robot set and the month not returned, {@code remind} sends one mail and one robot post; after the first
 * unit has reported, {@code remind} again sends nothing new.
 */
class RemindInAFolderTests {

    @TempDir
    Path root;

    GreenMail smtp;
    HttpServer robot;
    final List<String> posts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void servers() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        robot.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        robot.stop(0);
    }

    @Test
    void remindSendsOneMailAndOneRobotPostThenNothingNewOnceTheFirstUnitReported() throws Exception {
        Path folder = Files.createDirectories(root.resolve("市商务局"));
        Path tmpdir = Files.createDirectories(root.resolve("tmp"));
        Path targets = SampleMonth.prepare(folder);
        Path returns =
                Files.move(folder.resolve("inbox"), root.resolve("returns")).resolve("2025-09");
        Map<String, String> newYork = Map.of("TZ", "America/New_York");
        String[] mail = {
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--scorecard.messages.portal-url=https://zsyz.example.gov.cn"
        };

        ServeProcess.run(folder, tmpdir, newYork, 0, "import-targets", targets.toString());
        ServeProcess.run(
                folder,
                tmpdir,
                newYork,
                0,
                "contact",
                "set",
                "--unit",
                "419921",
                "--email",
                "tongji@dongchuan.example.gov.cn");
        ServeProcess.run(
                folder,
                tmpdir,
                newYork,
                0,
                "contact",
                "set",
                "--unit",
                "419922",
                "--webhook",
                "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot?access_token=t");

        String first = ServeProcess.run(folder, tmpdir, newYork, 0, with("remind", mail));

        assertThat(first).contains("419921 东川县").contains("1 条新消息").contains("发送：成功 2 条");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("tongji@dongchuan.example.gov.cn");
        assertThat(mails[0].getSubject()).isEqualTo("【催报】东川县 2025年9月招商引资月报表");
        assertThat(mails[0].getContent().toString())
                .contains("尚未报送")
                .contains("https://zsyz.example.gov.cn/county?period=2025-09");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0)).contains("【催报】河阳县 2025年9月招商引资月报表");

        // the first unit reports
        Path inbox = Files.createDirectories(folder.resolve("inbox").resolve("2025-09"));
        Files.copy(returns.resolve("419921.xlsx"), inbox.resolve("419921.xlsx"), StandardCopyOption.COPY_ATTRIBUTES);
        ServeProcess.run(folder, tmpdir, newYork, 0, "import-returns", "--period", "2025-09");

        String second = ServeProcess.run(folder, tmpdir, newYork, 0, with("remind", mail));

        assertThat(second).doesNotContain("419921").contains("今天已催报").contains("发送：成功 0 条");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(posts).hasSize(1);
    }

    private static String[] with(String command, String[] settings) {
        String[] args = new String[settings.length + 3];
        args[0] = command;
        args[1] = "--period";
        args[2] = "2025-09";
        System.arraycopy(settings, 0, args, 3, settings.length);
        return args;
    }
}
