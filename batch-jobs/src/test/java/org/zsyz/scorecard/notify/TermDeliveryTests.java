package org.zsyz.scorecard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.zsyz.scorecard.notify.DeliveryTests.attachments;
import static org.zsyz.scorecard.notify.DeliveryTests.recipient;
import static org.zsyz.scorecard.notify.DeliveryTests.text;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.assess.DefaultMethod;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.contact.ContactService;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.operations.TermOperations;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.testsupport.DatabaseCleaner;
import org.zsyz.scorecard.testsupport.ScorecardTest;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * Delivery of a term's publications (issue 21, point 3: "or quarter, or year"): the sample city's third quarter,
 * assessed from September, is published as 公示稿, then 正式, then 更正版, and each stage reaches the unit's e-mail
 * (its scorecard attached), the other unit's robot and the bureau's office (the bulletin attached) once; a failed
 * quarterly run alerts IT with the command that resumes it, and the resumed run delivers. The year takes the same
 * path (RunMessagesListenerTest: an annual run is handed to the same {@link TermDelivery}); a year of the sample
 * city would need its December simulated, which costs a minute and more.
 */
@ScorecardTest
@Import(MessageClock.class)
abstract class TermDeliveryTests {

    static final Path home = WorkingFolder.of(TermDeliveryTests.class);
    static final Term Q3 = Term.parseQuarter("2025-Q3");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        MessageServers.register(registry);
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ScorecardOperations operations;

    @Autowired
    TermOperations terms;

    @Autowired
    ContactService contacts;

    @Autowired
    TermDelivery delivery;

    @BeforeEach
    void septemberAssessedWithContacts() throws Exception {
        MessageClock.now = Instant.parse("2025-10-06T02:00:00Z"); // Monday 10:00 in the city
        DatabaseCleaner.clean(dataSource);
        operations.importTargets(SampleMonth.prepare(home), SampleMonth.YEAR);
        Files.createDirectories(home.resolve("rules"));
        // the quarter from September alone: July and August are allowed missing
        String method = DefaultMethod.text(SampleMonth.YEAR)
                .replaceFirst("(quarterly:[\\s\\S]*?allowed_missing_months: )0", "$12");
        assertThat(method).containsPattern("quarterly:[\\s\\S]*?allowed_missing_months: 2");
        Files.writeString(home.resolve("rules").resolve("assessment-2025.yml"), method);
        assertThat(operations
                        .importReturns(SampleMonth.PERIOD, home.resolve("inbox").resolve("2025-09"))
                        .getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(operations.assess(SampleMonth.PERIOD).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        MessageServers.clear();
        contacts.set("419921", "tongji@dongchuan.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
        contacts.set("419922", null, MessageServers.robots.url("/robot"), null, ContactService.Origin.COMMAND_LINE);
        contacts.set(Contact.OFFICE, "kaohe@shangwu.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
        contacts.set(Contact.IT, "it@shangwu.example.gov.cn", null, null, ContactService.Origin.COMMAND_LINE);
    }

    @Test
    void eachStageOfTheQuarterReachesTheUnitsAndTheBureauOnce() throws Exception {
        // 公示稿: the unit's result with the window's last day (3 working days after Monday 6 October)
        assertThat(terms.run(Q3, false, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<MimeMessage> mails = awaitMessages(2, 1);
        MimeMessage bulletin = mails.get(0);
        assertThat(recipient(bulletin)).isEqualTo("kaohe@shangwu.example.gov.cn");
        assertThat(bulletin.getSubject()).isEqualTo("【考核结果通报】2025年第三季度招商引资考核结果【公示稿】");
        assertThat(attachments(bulletin)).containsExactly("季度考核结果通报-2025-Q3.pdf");
        assertThat(text(bulletin)).contains("公示期至 2025-10-09");

        MimeMessage own = mails.get(1);
        assertThat(recipient(own)).isEqualTo("tongji@dongchuan.example.gov.cn");
        assertThat(own.getSubject()).isEqualTo("【公示稿】东川县 2025年第三季度招商引资考核结果");
        assertThat(attachments(own)).containsExactly("419921-东川县-2025-Q3.pdf");
        String total = new JdbcTemplate(dataSource)
                .queryForObject(
                        "SELECT total_score FROM term_unit_result WHERE term = '2025-Q3' AND unit_code = '419921'",
                        java.math.BigDecimal.class)
                .toPlainString();
        assertThat(text(own))
                .contains("2025年第三季度招商引资考核结果（公示稿）已发布。总分 " + total)
                .contains("公示期至 2025-10-09；对结果有异议的，请在公示期内通过门户提出并附材料。")
                .contains("门户：https://zsyz.example.gov.cn/county/terms?term=2025-Q3");
        assertThat(MessageServers.robots.received.get(0).body())
                .contains("【公示稿】河阳县 2025年第三季度招商引资考核结果")
                .contains("公示期至 2025-10-09")
                .contains("机器人消息不带附件，请到门户下载");
        assertThat(delivery.deliver(Q3)).as("the same publication again").isZero();

        // a 公示稿 published again in the window says so, with its reason, in the mail and on the documents
        MessageServers.clear();
        assertThat(terms.run(Q3, true, "补录东川县9月核定数").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        mails = awaitMessages(2, 1);
        assertThat(text(mails.get(1)))
                .contains("（公示期内重新发布的公示稿，原因：补录东川县9月核定数；公示期不变。）", "公示期至 2025-10-09")
                .doesNotContain("采纳异议");
        assertThat(org.zsyz.scorecard.report.PdfText.text(home.resolve("out/2025-Q3/419921-东川县-2025-Q3.pdf"))
                        .replaceAll("\\s", ""))
                .contains("重新发布的公示稿（第1次），原因：补录东川县9月核定数", "历次季度考核结果")
                .doesNotContain("历年考核结果");

        // 正式 after the window: delivered anew
        MessageClock.now = Instant.parse("2025-10-10T02:00:00Z");
        MessageServers.clear();
        assertThat(terms.finalise(Q3).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        mails = awaitMessages(2, 1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【考核结果通报】2025年第三季度招商引资考核结果【正式】");
        assertThat(mails.get(1).getSubject()).isEqualTo("【正式】东川县 2025年第三季度招商引资考核结果");
        assertThat(text(mails.get(1))).contains("本结果为正式结果，已定稿。").doesNotContain("公示期");
        assertThat(MessageServers.robots.received.get(0).body()).contains("【正式】河阳县");

        // 更正版 with its reason
        MessageServers.clear();
        assertThat(terms.run(Q3, true, "东川县核定数更正").getStatus()).isEqualTo(BatchStatus.COMPLETED);
        mails = awaitMessages(2, 1);
        assertThat(mails.get(1).getSubject()).isEqualTo("【更正版】东川县 2025年第三季度招商引资考核结果");
        assertThat(text(mails.get(1))).contains("本结果为定稿后的更正版，更正说明：东川县核定数更正");
        assertThat(attachments(mails.get(1))).containsExactly("419921-东川县-2025-Q3.pdf");

        assertThat(new JdbcTemplate(dataSource)
                        .queryForList(
                                "SELECT CONCAT(kind, ' ', period, ' ', owner, ' ', status) FROM outbound_message"
                                        + " ORDER BY id",
                                String.class))
                .hasSize(12) // 公示稿, the 公示稿 again, 正式, 更正版: three messages each
                .allMatch(row -> row.matches("TERM_(SCORECARD|BULLETIN) 2025-09 \\S+ SENT"));
        Thread.sleep(500);
        assertThat(MessageServers.smtp.getReceivedMessages()).hasSize(2);
        assertThat(MessageServers.robots.received).hasSize(1);
    }

    @Test
    void aFailedQuarterlyRunAlertsItAndTheResumedRunDelivers() throws Exception {
        // a file where the staging folder must go: the quarter's documents cannot be drawn
        Files.createDirectories(home.resolve("out"));
        Files.writeString(home.resolve("out").resolve(".staging"), "in the way");
        JobExecution run = terms.run(Q3, false, null);
        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);

        await().atMost(Duration.ofSeconds(60)).until(() -> MessageServers.smtp.getReceivedMessages().length == 1);
        MimeMessage alert = MessageServers.smtp.getReceivedMessages()[0];
        assertThat(recipient(alert)).isEqualTo("it@shangwu.example.gov.cn");
        assertThat(alert.getSubject()).isEqualTo("【故障】quarterly 2025-Q3 运行失败（#" + run.getId() + "）");
        assertThat(text(alert))
                .contains("运行 quarterly（2025-Q3） #" + run.getId() + " 失败。")
                .contains("原因：")
                .contains("scorecard restart " + run.getId());
        assertThat(MessageServers.robots.received)
                .as("nothing published, nothing delivered")
                .isEmpty();

        Files.delete(home.resolve("out").resolve(".staging"));
        MessageServers.clear();
        assertThat(terms.run(Q3, false, null).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<MimeMessage> mails = awaitMessages(2, 1);
        assertThat(mails.get(1).getSubject()).isEqualTo("【公示稿】东川县 2025年第三季度招商引资考核结果");
    }

    /** Waits for the mails and robot posts, then returns the mails sorted by recipient (office before unit). */
    private static List<MimeMessage> awaitMessages(int mails, int posts) throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> MessageServers.smtp.getReceivedMessages().length == mails
                        && MessageServers.robots.received.size() == posts);
        List<MimeMessage> received = new ArrayList<>(List.of(MessageServers.smtp.getReceivedMessages()));
        received.sort(Comparator.comparing(DeliveryTests::recipient));
        return received;
    }
}
