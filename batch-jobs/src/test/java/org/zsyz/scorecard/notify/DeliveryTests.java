package org.zsyz.scorecard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.contact.ContactService;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Delivery on publication: the monthly run completes first, then each unit's contacts get its own scorecard (the
 * PDF attached to the e-mail, the link in the robot post) and the bureau's office the bulletin, sent in the
 * background; delivering the same publication again adds nothing. A failed run alerts the bureau's IT contact with
 * the reason and the command that resumes it.
 */
@ScorecardTest
@Import(MessageClock.class)
// the failed run last: its partitions' threads may still be winding down when the method returns
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DeliveryTests {

    static final Path home = WorkingFolder.of(DeliveryTests.class);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MessageServers.register(registry);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ScorecardOperations operations;

    @Autowired
    ContactService contacts;

    @Autowired
    PublicationDelivery delivery;

    @Autowired
    MessageDispatcher dispatcher;

    @Autowired
    org.springframework.mail.javamail.JavaMailSenderImpl mailSender;

    @BeforeEach
    void aCityWithContacts() throws Exception {
        MessageClock.now = Instant.parse("2025-10-06T02:00:00Z");
        DatabaseCleaner.clean(dataSource);
        operations.importTargets(SampleMonth.prepare(home), SampleMonth.YEAR);
        MessageServers.clear();
        contacts.set("419921", "tongji@dongchuan.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
        contacts.set("419922", null, MessageServers.robots.url("/robot"), null, ContactService.Origin.COMMAND_LINE);
        contacts.set(Contact.OFFICE, "kaohe@shangwu.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
        contacts.set(Contact.IT, "it@shangwu.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
    }

    @Test
    @Order(1)
    void aPublishedMonthDeliversEachUnitItsScorecardAndTheBureauTheBulletin() throws Exception {
        JobExecution run = operations.monthly(SampleMonth.PERIOD, null, false);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> MessageServers.smtp.getReceivedMessages().length == 2
                        && MessageServers.robots.received.size() == 1);
        List<MimeMessage> mails = new ArrayList<>(List.of(MessageServers.smtp.getReceivedMessages()));
        mails.sort(Comparator.comparing(m -> recipient(m)));

        MimeMessage bulletin = mails.get(0);
        assertThat(recipient(bulletin)).isEqualTo("kaohe@shangwu.example.gov.cn");
        assertThat(bulletin.getSubject()).isEqualTo("【全市成绩单】2025年9月招商引资成绩单");
        assertThat(attachments(bulletin)).containsExactly("全市成绩单-2025-09.pdf");

        MimeMessage own = mails.get(1);
        assertThat(recipient(own)).isEqualTo("tongji@dongchuan.example.gov.cn");
        assertThat(own.getSubject()).isEqualTo("【成绩单】东川县 2025年9月招商引资成绩单");
        assertThat(attachments(own)).containsExactly("419921-东川县-2025-09.pdf");
        assertThat(text(own)).contains("总分 ").contains("门户：https://zsyz.example.gov.cn/county?period=2025-09");

        assertThat(MessageServers.robots.received.get(0).body())
                .contains("【成绩单】河阳县 2025年9月招商引资成绩单")
                .contains("机器人消息不带附件，请到门户下载");

        // The month's warnings and ladder step close the message (September is green, with 5 projects not started).
        assertThat(text(own).replace("\r\n", "\n"))
                .contains("预警：绿灯\n请整改以下事项：\n1. 超期未开工（项目 419921-2024-013）：项目“现代农业产业园项目(四期)”"
                        + "（419921-2024-013）于2025-01-13签约，至2025-09-30已超过6个月仍未开工\n")
                .contains("5. 超期未开工（项目 419921-2024-021）")
                .doesNotContain("6. ");
        assertThat(MessageServers.robots.received.get(0).body())
                .contains("7. 超期未开工（项目 419922-2024-019）：项目“半导体封装测试项目(二期)”");
        // The bureau's 督办单: one per unit with a warning, in the publication's folder 督办单, counted in its mail.
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        java.nio.file.Path notices = java.nio.file.Path.of(
                        jdbc.queryForObject("SELECT folder FROM publication", String.class))
                .resolve("督办单");
        List<String> written;
        try (var files = java.nio.file.Files.list(notices)) {
            written = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        Integer warned = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT unit_code) FROM assessment_warning WHERE period = '2025-09'", Integer.class);
        assertThat(warned).isPositive();
        assertThat(written).hasSize(warned).contains("督办单-419921-东川县-2025-09.pdf");
        assertThat(org.zsyz.scorecard.report.PdfText.text(notices.resolve("督办单-419921-东川县-2025-09.pdf"))
                        .replaceAll("\\s+", ""))
                .contains("督办单位：东川县（419921）")
                .contains("请对以下5项限期整改")
                .contains("419921-2024-021");
        assertThat(text(bulletin)).contains("督办单 " + warned + " 份在 " + notices);

        assertThat(delivery.deliver(SampleMonth.PERIOD)).isZero();
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(kind, ' ', owner, ' ', status) FROM outbound_message ORDER BY kind, owner",
                        String.class))
                .containsExactly("BULLETIN @office SENT", "SCORECARD 419921 SENT", "SCORECARD 419922 SENT");
    }

    @Test
    @Order(2)
    void aMailServerAndARobotThatHangNeitherFailNorHoldTheRunAndAreRetried() throws Exception {
        contacts.set("419922", null, MessageServers.robots.url("/hang"), null, ContactService.Origin.COMMAND_LINE);
        contacts.remove("419922", MessageServers.robots.url("/robot"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int port = mailSender.getPort();
        try (HangingSmtp hanging = new HangingSmtp()) {
            mailSender.setPort(hanging.port());

            JobExecution run = operations.monthly(SampleMonth.PERIOD, null, false);

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.getExitStatus().getExitCode()).isEqualTo("COMPLETED");
            // the run did not wait for the sending: no attempt had ended when it returned
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_message", Integer.class))
                    .isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_message WHERE attempts > 0", Integer.class))
                    .isZero();
            // in the background each fails once, with its reason, and waits for its retry (the SMTP read timeout
            // is the request-timeout, 3 s here, not JavaMail's "for ever")
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM outbound_message WHERE status = 'PENDING' AND attempts = 1",
                                    Integer.class)
                            == 3);
            assertThat(hanging.accepted()).isPositive();
        } finally {
            mailSender.setPort(port);
        }
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(owner, ' ', last_error) FROM outbound_message ORDER BY kind, owner",
                        String.class))
                .satisfiesExactly(
                        office -> assertThat(office)
                                .startsWith("@office 邮件服务器未接收：")
                                .containsIgnoringCase("timed out"),
                        mail -> assertThat(mail).startsWith("419921 邮件服务器未接收："),
                        robot -> assertThat(robot).isEqualTo("419922 机器人地址 3 秒内没有应答"));

        // the mail server is back: the retry (after the back-off) delivers; the robot still hangs and is given up
        MessageClock.now = MessageClock.now.plusSeconds(61);
        assertThat(dispatcher.sendDue()).isEqualTo(new MessageDispatcher.Tally(2, 0, 1));
        assertThat(MessageServers.smtp.getReceivedMessages()).hasSize(2);
    }

    /** An SMTP server that accepts connections and never says a word. */
    static final class HangingSmtp implements AutoCloseable {
        private final java.net.ServerSocket server =
                new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
        private final List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();

        HangingSmtp() throws java.io.IOException {
            Thread acceptor = new Thread(
                    () -> {
                        try {
                            while (!server.isClosed()) {
                                held.add(server.accept());
                            }
                        } catch (java.io.IOException closed) {
                            // closed by the test
                        }
                    },
                    "hanging-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return held.size();
        }

        @Override
        public void close() throws java.io.IOException {
            server.close();
            for (java.net.Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    @Order(3)
    void aFailedRunAlertsItWithTheReasonAndTheCommandToResume() throws Exception {
        // a file where the publication's staging folder must go: the publish step cannot write the PDFs
        java.nio.file.Files.createDirectories(home.resolve("out"));
        java.nio.file.Files.writeString(home.resolve("out").resolve(".staging"), "in the way");
        JobExecution run = operations.monthly(SampleMonth.PERIOD, null, false);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);

        await().atMost(Duration.ofSeconds(60)).until(() -> MessageServers.smtp.getReceivedMessages().length == 1);
        MimeMessage alert = MessageServers.smtp.getReceivedMessages()[0];
        assertThat(recipient(alert)).isEqualTo("it@shangwu.example.gov.cn");
        assertThat(alert.getSubject()).contains("运行失败（#" + run.getId() + "）");
        assertThat(text(alert)).contains("原因：").contains("scorecard restart " + run.getId());
        assertThat(MessageServers.smtp.getReceivedMessages()).hasSize(1); // no scorecard of an unpublished month
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> attachments(MimeMessage m) throws Exception {
        List<String> names = new ArrayList<>();
        if (m.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() != null) {
                    names.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
                }
            }
        }
        return names;
    }

    static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                Object inner = parts.getBodyPart(i).getContent();
                if (inner instanceof Multipart nested) {
                    for (int j = 0; j < nested.getCount(); j++) {
                        all.append(nested.getBodyPart(j).getContent());
                    }
                } else if (inner instanceof String s) {
                    all.append(s);
                }
            }
            return all.toString();
        }
        return content.toString();
    }
}
