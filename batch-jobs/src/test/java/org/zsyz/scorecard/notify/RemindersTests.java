package org.zsyz.scorecard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.contact.ContactService;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * 催报 end to end: one unit's e-mail and another's 钉钉 robot (with a signing secret) set, the month not returned —
 * remind sends one mail, received by a real SMTP server (GreenMail), and one signed robot post, received by a local
 * HTTP receiver; once the first unit has reported, running it again sends nothing new. Robots that refuse, hang or
 * answer an error are recorded, retried after a wait and finally given up, without an exception to the caller.
 */
@ScorecardTest
@Import(MessageClock.class)
abstract class RemindersTests {

    static final Path home = WorkingFolder.of(RemindersTests.class);
    static final String MAIL_UNIT = "419921"; // 东川县
    static final String ROBOT_UNIT = "419922"; // 河阳县
    static final String SECRET = "SECtest0123456789";
    static final GreenMail smtp = MessageServers.smtp;
    static final RobotReceiver robots = MessageServers.robots;

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
    ReminderService reminders;

    @Autowired
    MessageDispatcher dispatcher;

    JdbcTemplate jdbc;

    @BeforeEach
    void aMonthNobodyReturned() throws Exception {
        MessageClock.now = Instant.parse("2025-10-03T01:00:00Z"); // 09:00 in Beijing, two days before the 5th
        DatabaseCleaner.clean(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        operations.importTargets(SampleMonth.prepare(home), SampleMonth.YEAR);
        MessageServers.clear();
    }

    @Test
    void remindSendsOneMailAndOneRobotPostAndNothingNewOnceTheFirstUnitReported() throws Exception {
        contacts.set(MAIL_UNIT, "tongji@dongchuan.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
        contacts.set(
                ROBOT_UNIT, null, robots.url("/robot?access_token=abc"), SECRET, ContactService.Origin.COMMAND_LINE);

        List<ReminderService.Reminder> first = reminders.remind(SampleMonth.PERIOD, false);

        assertThat(first).hasSize(SampleMonth.UNITS);
        assertThat(first.stream().mapToInt(ReminderService.Reminder::queued).sum())
                .isEqualTo(2);
        assertThat(dispatcher.sendDue()).isEqualTo(new MessageDispatcher.Tally(2, 0, 0));

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("tongji@dongchuan.example.gov.cn");
        assertThat(mails[0].getFrom()[0].toString()).isEqualTo("kaohe@example.gov.cn");
        assertThat(mails[0].getSubject()).isEqualTo("【催报】东川县 2025年9月招商引资月报表");
        String text = mails[0].getContent().toString();
        assertThat(text)
                .contains("2025年9月的招商引资月报表尚未报送")
                .contains("报送截止日：2025年10月5日（还有 2 天）")
                .contains("网上报送：https://zsyz.example.gov.cn/county?period=2025-09");

        assertThat(robots.received).hasSize(1);
        RobotReceiver.Received post = robots.received.get(0);
        assertThat(post.path()).isEqualTo("/robot");
        String timestamp = query(post.query(), "timestamp");
        assertThat(Long.parseLong(timestamp)).isEqualTo(MessageClock.now.toEpochMilli());
        assertThat(query(post.query(), "access_token")).isEqualTo("abc");
        // the signature as 钉钉 checks it: URL-decoded, it is Base64(HMAC-SHA256(timestamp + "\n" + secret))
        assertThat(URLDecoder.decode(query(post.query(), "sign"), StandardCharsets.UTF_8))
                .isEqualTo(hmacBase64(timestamp + "\n" + SECRET, SECRET));
        assertThat(post.body())
                .startsWith("{\"msgtype\":\"text\",\"text\":{\"content\":\"【催报】河阳县 2025年9月招商引资月报表\\n河阳县：\\n")
                .contains("尚未报送");

        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(owner, ' ', channel, ' ', status, ' ', attempts) FROM outbound_message ORDER BY owner",
                        String.class))
                .containsExactly(MAIL_UNIT + " EMAIL SENT 1", ROBOT_UNIT + " DINGTALK SENT 1");

        // the first unit reports; the same day, remind again: nobody new, nothing sent again
        onlyReturnOf(MAIL_UNIT);
        operations.importReturns(SampleMonth.PERIOD, null);
        List<ReminderService.Reminder> second = reminders.remind(SampleMonth.PERIOD, false);

        assertThat(second).hasSize(SampleMonth.UNITS - 1);
        assertThat(second).noneMatch(r -> r.unit().unitCode().equals(MAIL_UNIT));
        assertThat(second.stream().mapToInt(ReminderService.Reminder::queued).sum())
                .isZero();
        assertThat(dispatcher.sendDue()).isEqualTo(new MessageDispatcher.Tally(0, 0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(robots.received).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_message", Integer.class))
                .isEqualTo(2);

        // two days later (the deadline has passed) the unit still lacking is reminded again
        MessageClock.now = Instant.parse("2025-10-06T01:00:00Z");
        reminders.remind(SampleMonth.PERIOD, false);
        assertThat(dispatcher.sendDue()).isEqualTo(new MessageDispatcher.Tally(1, 0, 0));
        assertThat(robots.received).hasSize(2);
        assertThat(robots.received.get(1).body()).contains("报送截止日：2025年10月5日（已逾期 1 天，逾期报送将按考核办法扣分）");
    }

    @Test
    void twoInstancesRemindingAndSendingAtOnceSendEachReminderOnce() throws Exception {
        contacts.set(MAIL_UNIT, "tongji@dongchuan.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
        contacts.set(ROBOT_UNIT, null, robots.url("/robot"), null, ContactService.Origin.COMMAND_LINE);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<Integer> instance = () -> {
            together.await();
            int queued = reminders.remind(SampleMonth.PERIOD, false).stream()
                    .mapToInt(ReminderService.Reminder::queued)
                    .sum();
            together.await();
            return queued + 10 * dispatcher.sendDue().sent();
        };
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(instance);
            var second = two.submit(instance);
            int both = first.get() + second.get();
            assertThat(both % 10).as("queued by the two").isEqualTo(2);
            assertThat(both / 10).as("sent by the two").isEqualTo(2);
        } finally {
            two.shutdownNow();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(robots.received).hasSize(1);
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(owner, ' ', status, ' ', attempts) FROM outbound_message ORDER BY owner",
                        String.class))
                .containsExactly(MAIL_UNIT + " SENT 1", ROBOT_UNIT + " SENT 1");
    }

    @Test
    void aDryRunListsTheUnitsAndQueuesNothing() {
        contacts.set(MAIL_UNIT, "tongji@dongchuan.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);

        List<ReminderService.Reminder> planned = reminders.remind(SampleMonth.PERIOD, true);

        assertThat(planned).hasSize(SampleMonth.UNITS);
        assertThat(planned.stream()
                        .filter(r -> !r.contacts().isEmpty())
                        .map(r -> r.unit().unitCode()))
                .containsExactly(MAIL_UNIT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbound_message", Integer.class))
                .isZero();
    }

    @Test
    void robotsThatRefuseHangOrAnswerAnErrorAreRetriedThenGivenUpWithTheReason() throws Exception {
        contacts.set(ROBOT_UNIT, null, RobotReceiver.refusingUrl(), null, ContactService.Origin.COMMAND_LINE);
        contacts.set(ROBOT_UNIT, null, robots.url("/hang"), null, ContactService.Origin.COMMAND_LINE);
        contacts.set(ROBOT_UNIT, null, robots.url("/error"), null, ContactService.Origin.COMMAND_LINE);
        contacts.set(ROBOT_UNIT, null, robots.url("/refused"), SECRET, ContactService.Origin.COMMAND_LINE);
        reminders.remind(SampleMonth.PERIOD, false);

        long started = System.nanoTime();
        assertThat(dispatcher.sendDue()).isEqualTo(new MessageDispatcher.Tally(0, 4, 0));
        assertThat((System.nanoTime() - started) / 1_000_000_000L).as("seconds").isLessThan(20);

        assertThat(errors())
                .containsExactly(
                        "PENDING 1 连接不上机器人地址（拒绝连接）",
                        "PENDING 1 机器人地址 3 秒内没有应答",
                        "PENDING 1 机器人地址应答 HTTP 500：internal error",
                        "PENDING 1 机器人拒收：errcode 310000，sign not match");
        // not due again before the back-off has passed
        assertThat(dispatcher.sendDue()).isEqualTo(new MessageDispatcher.Tally(0, 0, 0));

        MessageClock.now = MessageClock.now.plusSeconds(61);
        assertThat(dispatcher.sendDue()).isEqualTo(new MessageDispatcher.Tally(0, 0, 4));
        assertThat(errors()).allMatch(e -> e.startsWith("FAILED 2 "));
    }

    List<String> errors() {
        return jdbc.queryForList(
                "SELECT CONCAT(status, ' ', attempts, ' ', last_error) FROM outbound_message ORDER BY id",
                String.class);
    }

    static void onlyReturnOf(String unit) throws IOException {
        Path inbox = home.resolve("inbox").resolve(SampleMonth.PERIOD.toString());
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().startsWith(unit)) {
                    Files.delete(file);
                }
            }
        }
    }

    static String query(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " not in " + query);
    }

    static String hmacBase64(String text, String key) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
