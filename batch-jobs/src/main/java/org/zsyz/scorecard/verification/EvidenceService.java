package org.zsyz.scorecard.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.domain.EvidenceType;
import org.zsyz.scorecard.store.evidence.EvidenceMapper;
import org.zsyz.scorecard.store.evidence.ProjectEvidence;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ProjectHeadline;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;

/**
 * 佐证材料: a unit attaches a file to a project of its counting return. The project is checked first, then the
 * size (while the file streams in), then the type from the content; a refused file leaves nothing behind, an
 * accepted one is stored by its SHA-256 and listed with the unit's project, and the attachment is audited.
 */
@Service
public class EvidenceService {

    private final EvidenceMapper evidence;
    private final EvidenceFiles files;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final long limit;

    public EvidenceService(
            EvidenceMapper evidence,
            EvidenceFiles files,
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${scorecard.evidence.max-size:20MB}") DataSize limit) {
        this.evidence = evidence;
        this.files = files;
        this.submissions = submissions;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.limit = limit.toBytes();
    }

    /** The outcome of an attachment: the stored file, or why nothing was stored. */
    public record Attached(ProjectEvidence evidence, String problem) {}

    /**
     * Attaches a file to the unit's project of the period's counting return.
     *
     * @param fileName the client's file name as shown (already made harmless); only shown, never used to store
     */
    public Attached attach(
            String unitCode, YearMonth period, String projectNo, String fileName, InputStream content, String by) {
        String shown = fileName == null || fileName.isBlank() ? "（未命名文件）" : fileName;
        String no = projectNo == null ? "" : projectNo.strip();
        if (no.isEmpty()) {
            return refused("请选择要上传佐证材料的项目，文件“" + shown + "”没有保存");
        }
        ReturnSubmission counting = submissions.findCountingForUnit(unitCode, period);
        if (counting == null) {
            return refused("本单位 " + period + " 没有有效（已接收）的月报表，不能上传佐证材料，文件“" + shown + "”没有保存");
        }
        List<ProjectHeadline> found = ledger.findProjectHeadlines(counting.id(), List.of(no));
        if (found.isEmpty()) {
            return refused("项目编号“" + no + "”不在本单位 " + period + " 有效的月报表（第 " + counting.versionNo()
                    + " 版）项目台账中，不能上传佐证材料，文件“" + shown + "”没有保存");
        }
        EvidenceFiles.Received received = null;
        try {
            received = files.receive(content, limit);
            if (received.tooLarge()) {
                return refused("文件“" + shown + "”超过佐证材料的大小上限 " + megabytes(limit) + "，没有保存");
            }
            if (received.size() == 0) {
                files.discard(received);
                return refused("文件“" + shown + "”是空文件，没有保存");
            }
            EvidenceType type = EvidenceTypes.of(received.file());
            if (type == null) {
                files.discard(received);
                return refused("文件“" + shown + "”不是 PDF、JPG、PNG 或 OFD 文件（按文件内容判断，与文件名无关），没有保存");
            }
            EvidenceFiles.Received accepted = received;
            ProjectEvidence row = new ProjectEvidence(
                    null,
                    unitCode,
                    no,
                    period.toString(),
                    counting.id(),
                    type,
                    shown,
                    accepted.sha256(),
                    accepted.size(),
                    by,
                    LocalDateTime.now(clock).withNano(0));
            transaction.executeWithoutResult(status -> {
                evidence.insertEvidence(row);
                audit.record(
                        AuditAction.EVIDENCE,
                        period,
                        unitCode,
                        "项目 " + no + "“" + found.get(0).projectName() + "”",
                        "上传佐证材料“" + shown + "”（" + type.label() + "，" + accepted.size() + " 字节，SHA-256 "
                                + accepted.sha256() + "）");
                files.keep(accepted);
            });
            return new Attached(row, null);
        } catch (IOException e) {
            files.discard(received);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            files.discard(received);
            throw e;
        }
    }

    /** A unit's files (every project), by project. */
    public List<ProjectEvidence> ofUnit(String unitCode) {
        return evidence.findByUnit(unitCode);
    }

    /** A file of the given unit ({@code null}: any unit, for the bureau); {@code null} when there is none. */
    public ProjectEvidence find(long id, String unitCode) {
        ProjectEvidence e = evidence.findById(id);
        return e == null || unitCode != null && !unitCode.equals(e.unitCode()) ? null : e;
    }

    /** The stored content of a file, {@code null} when missing from the working folder. */
    public Path content(ProjectEvidence e) {
        Path file = files.stored(e.sha256());
        return Files.isRegularFile(file) ? file : null;
    }

    public long limit() {
        return limit;
    }

    /** The limit in words (20 MB). */
    public static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " 字节";
    }

    private static Attached refused(String message) {
        return new Attached(null, message);
    }
}
