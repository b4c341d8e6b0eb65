package org.zsyz.scorecard.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.ObjectionStatus;
import org.zsyz.scorecard.domain.ResultStage;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermObjection;
import org.zsyz.scorecard.store.term.TermObjectionFile;
import org.zsyz.scorecard.store.term.TermPublication;
import org.zsyz.scorecard.store.term.TermUnitResult;

/**
 * 异议 against a term's 公示稿: a unit files them within the window, with a reason and files; the bureau answers
 * each (采纳 / 不予采纳, with its reason, which the unit sees). Files are kept under
 * {@code annual/<term>/异议/<id>/}.
 */
@Service
public class TermObjections {

    public static final int MAX_FILES = 5;
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final TermMapper terms;
    private final ScorecardProperties settings;
    private final Clock clock;

    public TermObjections(TermMapper terms, ScorecardProperties settings, Clock clock) {
        this.terms = terms;
        this.settings = settings;
        this.clock = clock;
    }

    /** A file attached to an objection as uploaded. */
    public record Attachment(String name, byte[] bytes) {}

    public long pendingCount(Term term) {
        return terms.findObjections(term.key()).stream()
                .filter(o -> o.status() == ObjectionStatus.PENDING)
                .count();
    }

    public List<TermObjection> all(Term term) {
        return terms.findObjections(term.key());
    }

    public List<TermObjection> ofUnit(Term term, String unitCode) {
        return terms.findObjectionsOfUnit(term.key(), unitCode);
    }

    public List<TermObjectionFile> files(long objectionId) {
        return terms.findObjectionFiles(objectionId);
    }

    public TermObjection find(long id) {
        return terms.findObjection(id);
    }

    /**
     * Files a unit's objection.
     *
     * @throws TermRefusedException when the term has no 公示稿 open, the window has closed, the unit has no result,
     *     or the reason or files are unacceptable; nothing is stored then
     */
    @Transactional
    public TermObjection file(Term term, String unitCode, String user, String reason, List<Attachment> attachments) {
        TermPublication latest = terms.findLatestPublication(term.key());
        if (latest == null || latest.stage() != ResultStage.NOTICE) {
            throw new TermRefusedException(term.title() + "考核结果" + (latest == null ? "尚未公示" : "已定稿") + "，不能再提出异议");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(latest.objectionDeadline())) {
            throw new TermRefusedException(term.title() + "公示期已于 " + latest.objectionDeadline() + " 结束，不能再提出异议");
        }
        TermUnitResult result = terms.findUnitResult(term.key(), unitCode);
        if (result == null) {
            throw new TermRefusedException("单位 " + unitCode + " 没有" + term.title() + "考核结果，不能提出异议");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new TermRefusedException("请写明异议的理由");
        }
        if (text.length() > 1000) {
            throw new TermRefusedException("异议理由过长（" + text.length() + " 个字，上限 1000）");
        }
        List<Attachment> files =
                attachments.stream().filter(a -> a.bytes().length > 0).toList();
        if (files.size() > MAX_FILES) {
            throw new TermRefusedException("附件至多 " + MAX_FILES + " 个，现为 " + files.size() + " 个");
        }
        for (Attachment a : files) {
            if (a.bytes().length > MAX_FILE_BYTES) {
                throw new TermRefusedException("附件“" + a.name() + "”超过 20 MB");
            }
        }
        terms.insertObjection(new TermObjection(
                null,
                term.key(),
                unitCode,
                LocalDateTime.now(clock).withNano(0),
                user,
                text,
                ObjectionStatus.PENDING,
                null,
                null,
                null));
        long id = terms.lastObjectionId(term.key(), unitCode);
        List<TermObjectionFile> stored = new ArrayList<>();
        Path folder = settings.home()
                .resolve("annual")
                .resolve(term.key())
                .resolve("异议")
                .resolve(Long.toString(id));
        try {
            Files.createDirectories(folder);
            int seq = 0;
            for (Attachment a : files) {
                String name = safeName(a.name());
                Path target = folder.resolve(++seq + "-" + name);
                Files.write(target, a.bytes());
                stored.add(
                        new TermObjectionFile(id, seq, name, target.toString(), sha256(a.bytes()), a.bytes().length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!stored.isEmpty()) {
            terms.insertObjectionFiles(stored);
        }
        return terms.findObjection(id);
    }

    /**
     * The bureau's answer. A rejection must give its reason; an accepted objection is then worked into a revised
     * 公示稿 (核定数, 加减分, then {@code --revision}).
     */
    @Transactional
    public TermObjection answer(long id, boolean accepted, String answer, String user) {
        TermObjection objection = terms.findObjection(id);
        if (objection == null) {
            throw new TermRefusedException("没有编号为 " + id + " 的异议");
        }
        if (objection.status() != ObjectionStatus.PENDING) {
            throw new TermRefusedException(
                    "异议 " + id + " 已答复（" + objection.status().label() + "）");
        }
        String text = answer == null ? "" : answer.strip();
        if (!accepted && text.isEmpty()) {
            throw new TermRefusedException("不予采纳须写明理由，单位可以看到");
        }
        if (text.length() > 1000) {
            throw new TermRefusedException("答复过长（" + text.length() + " 个字，上限 1000）");
        }
        terms.answerObjection(
                id,
                accepted ? ObjectionStatus.ACCEPTED : ObjectionStatus.REJECTED,
                text.isEmpty() ? null : text,
                LocalDateTime.now(clock).withNano(0),
                user);
        return terms.findObjection(id);
    }

    static String safeName(String name) {
        String base = name == null
                ? "附件"
                : Path.of(name.replace('\\', '/')).getFileName().toString();
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return base.isBlank() ? "附件" : base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
