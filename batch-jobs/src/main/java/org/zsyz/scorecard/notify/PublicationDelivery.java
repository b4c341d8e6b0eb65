package org.zsyz.scorecard.notify;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.assess.EscalationNotice;
import org.zsyz.scorecard.assess.EscalationService;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.publish.OutputFileNames;
import org.zsyz.scorecard.publish.SupervisionNoticeWriter;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationMapper;

/**
 * Delivery of a publication: each unit's contacts get its own scorecard (the PDF attached to e-mails when
 * {@code scorecard.messages.attach-pdf}, and the portal link), the bureau's office gets the bulletin and where the month's 督办单 are (written here). Each message
 * is keyed by the publication's revision, so delivering the same revision again adds nothing and a 更正版 is sent
 * anew. A unit's message ends with its warnings and ladder step ({@link EscalationNotice}).
 */
@Service
public class PublicationDelivery {

    private final PublicationMapper publications;
    private final AssessmentMapper results;
    private final ContactMapper contacts;
    private final MessageOutbox outbox;
    private final MessageProperties settings;
    private final Attachments attachments;
    private final EscalationService escalation;
    private final SupervisionNoticeWriter notices;

    public PublicationDelivery(
            PublicationMapper publications,
            AssessmentMapper results,
            ContactMapper contacts,
            MessageOutbox outbox,
            MessageProperties settings,
            Attachments attachments,
            EscalationService escalation,
            SupervisionNoticeWriter notices) {
        this.publications = publications;
        this.results = results;
        this.contacts = contacts;
        this.outbox = outbox;
        this.settings = settings;
        this.attachments = attachments;
        this.escalation = escalation;
        this.notices = notices;
    }

    /** Queues the latest publication of the period for every contact; returns how many messages are new. */
    public int deliver(YearMonth period) {
        Publication publication = publications.findLatest(period);
        if (publication == null) {
            return 0;
        }
        Map<String, List<Contact>> byOwner = contacts.findAll().stream().collect(Collectors.groupingBy(Contact::owner));
        Map<String, UnitScore> scores = results.findUnitScores(period).stream()
                .collect(Collectors.toMap(UnitScore::unitCode, Function.identity(), (a, b) -> a));
        String occasion = "rev" + publication.revision();
        String edition = publication.revision() == 0 ? "" : "（更正版" + publication.revision() + "）";
        Path folder = Path.of(publication.folder());
        EscalationService.Ladder ladder = escalation.ladder(period);
        int noticeCount = notices.write(
                        period, folder, publication.publishedAt().toLocalDate())
                .size();
        int queued = 0;
        for (UnitScore score : scores.values()) {
            List<Contact> to = byOwner.getOrDefault(score.unitCode(), List.of());
            if (to.isEmpty()) {
                continue;
            }
            String file = OutputFileNames.unitScorecard(score.unitCode(), score.unitName(), period);
            String subject = "【成绩单】" + score.unitName() + " " + month(period) + "招商引资成绩单" + edition;
            String body = unitBody(score, period, file)
                    + EscalationNotice.text(
                            ladder.of(score.unitCode()),
                            ladder.rules(),
                            results.findWarningsOfUnit(period, score.unitCode()));
            for (Contact contact : to) {
                if (outbox.queue(
                        MessageKind.SCORECARD,
                        period,
                        contact,
                        occasion,
                        subject,
                        body,
                        attachments.of(folder, file))) {
                    queued++;
                }
            }
        }
        String bulletin = OutputFileNames.bulletin(period);
        for (Contact contact : byOwner.getOrDefault(Contact.OFFICE, List.of())) {
            String body = month(period) + "招商引资成绩单已发布" + edition + "：全市成绩单、" + scores.size() + " 个单位的成绩单和汇总表在 " + folder
                    + "。\n" + (settings.attachPdf() ? "附件：" + bulletin + "\n" : "")
                    + "督办单 " + noticeCount + " 份在 " + folder.resolve(SupervisionNoticeWriter.FOLDER) + "。\n"
                    + (ladder.interviews().isEmpty() ? "" : "列入约谈名单：" + String.join("、", ladder.interviews()) + "。\n");
            if (outbox.queue(
                    MessageKind.BULLETIN,
                    period,
                    contact,
                    occasion,
                    "【全市成绩单】" + month(period) + "招商引资成绩单" + edition,
                    body,
                    attachments.of(folder, bulletin))) {
                queued++;
            }
        }
        return queued;
    }

    private String unitBody(UnitScore score, YearMonth period, String file) {
        StringBuilder text = new StringBuilder();
        text.append(score.unitName()).append("：\n");
        text.append(month(period)).append("招商引资成绩单已发布。");
        if (score.totalScore() != null) {
            text.append("总分 ").append(score.totalScore().toPlainString());
            if (score.grade() != null) {
                text.append("，等次 ").append(score.grade().label());
            }
            text.append(
                    score.ranked() && score.groupRank() != null
                            ? "，" + score.groupName() + "第 " + score.groupRank() + " 名（共 " + score.groupSize() + " 个）"
                            : "，不参加排名");
            text.append("。\n");
        } else {
            text.append("\n");
        }
        if (settings.attachPdf()) {
            text.append("成绩单见附件 ").append(file).append("（机器人消息不带附件，请到门户下载）。\n");
        }
        String link = settings.countyLink(period);
        if (link != null) {
            text.append("门户：").append(link).append("\n");
        }
        return text.toString();
    }

    static String month(YearMonth period) {
        return period.getYear() + "年" + period.getMonthValue() + "月";
    }
}
