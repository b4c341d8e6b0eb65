package org.zsyz.scorecard.notify;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermDocuments;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermPublication;
import org.zsyz.scorecard.store.term.TermUnitResult;

/**
 * Delivery of a term's publication (a year or a quarter), as {@link PublicationDelivery} delivers a month's: each
 * unit's contacts get its own result with its scorecard PDF attached to e-mails and the portal link, the bureau's
 * office the bulletin. Every stage is delivered — the 公示稿 with the last day of its objection window (that is
 * when a unit must act), a revised 公示稿, the 正式 result and a 更正版 with its reason — each keyed by the
 * publication's revision, so delivering the same publication again sends nothing.
 */
@Service
public class TermDelivery {

    private final TermMapper terms;
    private final ContactMapper contacts;
    private final MessageOutbox outbox;
    private final MessageProperties settings;
    private final Attachments attachments;

    public TermDelivery(
            TermMapper terms,
            ContactMapper contacts,
            MessageOutbox outbox,
            MessageProperties settings,
            Attachments attachments) {
        this.terms = terms;
        this.contacts = contacts;
        this.outbox = outbox;
        this.settings = settings;
        this.attachments = attachments;
    }

    /** Queues the term's latest publication for every contact; returns how many messages are new. */
    public int deliver(Term term) {
        TermPublication publication = terms.findLatestPublication(term.key());
        if (publication == null) {
            return 0;
        }
        Map<String, List<Contact>> byOwner = contacts.findAll().stream().collect(Collectors.groupingBy(Contact::owner));
        List<TermUnitResult> results = terms.findUnitResults(term.key());
        // listed with the term's last month (outbound_message.period); the key's occasion names the term itself
        var period = term.lastMonth();
        String occasion = term.key() + "-rev" + publication.revision();
        String what = term.title() + "招商引资考核结果";
        String stage = "【" + publication.stage().label() + "】";
        Path folder = Path.of(publication.folder());
        int queued = 0;
        for (TermUnitResult result : results) {
            List<Contact> to = byOwner.getOrDefault(result.unitCode(), List.of());
            if (to.isEmpty()) {
                continue;
            }
            String file = TermDocuments.unitFile(term, result.unitCode(), result.unitName());
            String subject = stage + result.unitName() + " " + what;
            String body = unitBody(term, publication, result, file);
            for (Contact contact : to) {
                if (outbox.queue(
                        MessageKind.TERM_SCORECARD,
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
        String bulletin = TermDocuments.bulletinFile(term);
        String body = what + "（" + publication.stage().label() + "）已发布：" + term.word() + "考核结果通报、"
                + results.size() + " 个单位的成绩单和汇总表在 " + folder + "。\n"
                + (settings.attachPdf() ? "附件：" + bulletin + "\n" : "")
                + stageNote(publication);
        for (Contact contact : byOwner.getOrDefault(Contact.OFFICE, List.of())) {
            if (outbox.queue(
                    MessageKind.TERM_BULLETIN,
                    period,
                    contact,
                    occasion,
                    "【考核结果通报】" + what + stage,
                    body,
                    attachments.of(folder, bulletin))) {
                queued++;
            }
        }
        return queued;
    }

    private String unitBody(Term term, TermPublication publication, TermUnitResult result, String file) {
        StringBuilder text = new StringBuilder();
        text.append(result.unitName()).append("：\n");
        text.append(term.title())
                .append("招商引资考核结果（")
                .append(publication.stage().label())
                .append("）已发布。");
        if (result.totalScore() != null) {
            text.append("总分 ").append(result.totalScore().toPlainString());
            if (result.grade() != null) {
                text.append("，等次 ").append(result.grade().label());
            }
            text.append(
                    result.ranked() && result.groupRank() != null
                            ? "，" + result.groupName() + "第 " + result.groupRank() + " 名（共 " + result.groupSize()
                                    + " 个）"
                            : "，不参加排名");
            if (result.award() != null) {
                text.append("，").append(result.award());
            }
            if (result.firstStreak() > 1) {
                text.append("，").append(result.firstStreak()).append(" 连冠");
            }
            text.append("。\n");
        } else {
            text.append("\n");
        }
        text.append(stageNote(publication));
        if (settings.attachPdf()) {
            text.append("成绩单见附件 ").append(file).append("（机器人消息不带附件，请到门户下载）。\n");
        }
        String link = settings.countyTermLink(term.key());
        if (link != null) {
            text.append("门户：").append(link).append("\n");
        }
        return text.toString();
    }

    /** What the stage asks of the reader: the objection window, the correction's reason, or nothing more. */
    static String stageNote(TermPublication publication) {
        return switch (publication.stage()) {
            case NOTICE ->
                (publication.revision() > 0
                                ? "（公示期内重新发布的公示稿"
                                        + (publication.reason() == null
                                                        || publication.reason().isBlank()
                                                ? ""
                                                : "，原因：" + publication.reason())
                                        + "；公示期不变。）\n"
                                : "")
                        + "公示期至 "
                        + publication.objectionDeadline() + "；对结果有异议的，请在公示期内通过门户提出并附材料。\n";
            case FINAL -> "本结果为正式结果，已定稿。\n";
            case CORRECTED -> "本结果为定稿后的更正版，更正说明：" + publication.reason() + "\n";
        };
    }
}
