package org.zsyz.scorecard.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real servers the messages go to in the tests, started once per test JVM on free ports of 127.0.0.1: an SMTP
 * server (GreenMail) and the robots' HTTP receiver; and the settings that point the application at them.
 */
final class MessageServers {

    static final GreenMail smtp;
    static final RobotReceiver robots;

    static {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = socket.getLocalPort();
            socket.close();
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            robots = new RobotReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MessageServers() {}

    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("scorecard.messages.portal-url", () -> "https://zsyz.example.gov.cn/");
        registry.add("scorecard.messages.from", () -> "kaohe@example.gov.cn");
        registry.add("scorecard.messages.request-timeout", () -> "3s");
        registry.add("scorecard.messages.max-attempts", () -> "2");
    }

    static void clear() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        robots.received.clear();
    }
}
