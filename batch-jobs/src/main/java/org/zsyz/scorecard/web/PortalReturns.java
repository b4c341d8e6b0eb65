package org.zsyz.scorecard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.excel.SafeFiles;
import org.zsyz.scorecard.returns.ErrorWorkbookWriter;
import org.zsyz.scorecard.returns.ImportOutcome;
import org.zsyz.scorecard.returns.ReturnImporter;
import org.zsyz.scorecard.schedule.ScheduleProperties;
import org.zsyz.scorecard.store.portal.PortalMapper;
import org.zsyz.scorecard.store.portal.PortalUpload;
import org.zsyz.scorecard.store.portal.SendBack;
import org.zsyz.scorecard.store.portal.SubmissionLine;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;

/**
 * Returns through the portal: an upload is kept under {@code uploads/<period>/<unit>/} with a generated name and
 * handed to the same {@link ReturnImporter} as the inbox (same checks, same versions: an identical file is
 * recognised and changes nothing), with the unit of the signed-in account as the only unit it may be for.
 */
@Service
public class PortalReturns {

    private static final Logger log = LoggerFactory.getLogger(PortalReturns.class);
    static final String SOURCE = "PORTAL";

    private final ReturnImporter importer;
    private final ErrorWorkbookWriter errorWorkbooks;
    private final ReturnSubmissionMapper submissions;
    private final PortalMapper portal;
    private final ScorecardProperties settings;
    private final ScheduleProperties schedule;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final YearTargetsCheck yearTargets;
    private final UnitLocks locks = new UnitLocks();
    private final AuditTrail audit;

    /** How long an upload waits for the unit's previous one; an import takes seconds. */
    static final Duration LOCK_WAIT = Duration.ofMinutes(2);

    static final int IMPORT_ATTEMPTS = 3;

    public PortalReturns(
            ReturnImporter importer,
            ErrorWorkbookWriter errorWorkbooks,
            ReturnSubmissionMapper submissions,
            PortalMapper portal,
            ScorecardProperties settings,
            ScheduleProperties schedule,
            Clock clock,
            PlatformTransactionManager transactionManager,
            YearTargetsCheck yearTargets,
            AuditTrail audit) {
        this.audit = audit;
        this.importer = importer;
        this.errorWorkbooks = errorWorkbooks;
        this.submissions = submissions;
        this.portal = portal;
        this.settings = settings;
        this.schedule = schedule;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.yearTargets = yearTargets;
    }

    /** What the unit sees after an upload. {@code submissionId} is null when nothing new was stored. */
    public record Verdict(ImportOutcome outcome, Long submissionId, boolean errorWorkbook, String problem) {

        static Verdict problem(String message) {
            return new Verdict(null, null, false, message);
        }
    }

    /** The month a return is due for now: the month before today (in the schedule's time zone). */
    public YearMonth currentPeriod() {
        return YearMonth.from(LocalDate.now(clock.withZone(schedule.zone()))).minusMonths(1);
    }

    /** The periods a unit may send or fetch a template for: the current one and the eleven before. */
    public List<YearMonth> openPeriods() {
        YearMonth current = currentPeriod();
        return java.util.stream.IntStream.range(0, 12)
                .mapToObj(current::minusMonths)
                .toList();
    }

    public boolean isOpen(YearMonth period) {
        return openPeriods().contains(period);
    }

    public Verdict upload(PortalUser user, YearMonth period, MultipartFile file) {
        return upload(user, user.unitCode(), period, file);
    }

    /** An upload for {@code unit}: a county's own, or the bureau's on a unit's behalf (代报, kept as uploaded_by). */
    public Verdict upload(PortalUser user, String unit, YearMonth period, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Verdict.problem("请选择要报送的月报表文件（.xlsx 或 .xls）");
        }
        String closed = yearTargets.problem(period, unit);
        if (closed != null) {
            return Verdict.problem("未报送：" + closed);
        }
        String clientName = clientName(file.getOriginalFilename());
        Path folder = uploadFolder(period, unit);
        String generated = UUID.randomUUID().toString();
        Path stored;
        try {
            Files.createDirectories(folder);
            Path part = folder.resolve("." + generated + ".part");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, part);
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(part))) {
                magic = FileMagic.valueOf(in);
            }
            stored = folder.resolve(generated + (magic == FileMagic.OLE2 ? ".xls" : ".xlsx"));
            Files.move(part, stored, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the upload under " + folder, e);
        }
        LocalDateTime receivedAt = LocalDateTime.now(clock).withNano(0);
        Verdict verdict;
        try {
            verdict = locks.withLock(
                    unit,
                    LOCK_WAIT,
                    () -> importWithRetries(user, unit, period, stored, clientName, receivedAt),
                    () -> Verdict.problem("本单位的另一份月报表仍在处理中（已等待 " + LOCK_WAIT.toMinutes() + " 分钟），这份文件没有报送，请稍后重新上传"));
        } catch (RuntimeException e) {
            delete(stored); // rolled back: nothing refers to it
            throw e;
        }
        if (verdict.submissionId() == null
                || verdict.outcome() != null && verdict.outcome().identical()) {
            delete(stored); // identical to an earlier version, refused, or not this unit's return: nothing kept
        }
        log.info(
                "Portal upload by {} for {} {}: {}",
                user.getUsername(),
                unit,
                period,
                verdict.outcome() == null
                        ? verdict.problem()
                        : verdict.outcome().identical()
                                ? "identical to version " + verdict.outcome().versionNo()
                                : verdict.outcome().status());
        return verdict;
    }

    /**
     * The import, holding the unit's lock. Another process (an inbox import of the same unit's period) can still
     * collide on the version number or the row locks: that attempt is rolled back whole and made again.
     */
    private Verdict importWithRetries(
            PortalUser user, String unit, YearMonth period, Path stored, String clientName, LocalDateTime receivedAt) {
        for (int attempt = 1; ; attempt++) {
            Path[] errorFile = {null};
            try {
                return importOnce(user, unit, period, stored, clientName, receivedAt, errorFile);
            } catch (RuntimeException e) {
                if (errorFile[0] != null) {
                    delete(errorFile[0]);
                }
                if (!Collisions.isCollision(e)) {
                    throw e;
                }
                log.warn(
                        "Portal upload for {} {} collided with another writer (attempt {}): {}",
                        unit,
                        period,
                        attempt,
                        e.getMessage());
                if (attempt == IMPORT_ATTEMPTS) {
                    return Verdict.problem("本单位 " + period + " 的报表正被另一项操作同时写入（例如市商务局正在导入收件箱），" + "这份文件没有报送，请稍后重新上传");
                }
                Collisions.pause(attempt);
            }
        }
    }

    private Verdict importOnce(
            PortalUser user,
            String unit,
            YearMonth period,
            Path stored,
            String clientName,
            LocalDateTime receivedAt,
            Path[] errorFile) {
        Path folder = stored.getParent();
        String generated = SafeFiles.stem(stored.getFileName().toString());
        Long[] submissionId = {null};
        boolean[] workbook = {false};
        ImportOutcome outcome = transaction.execute(status -> {
            ImportOutcome o = importer.importFile(stored, clientName, period, receivedAt, SOURCE, unit);
            if (o.versionNo() != null && !o.identical()) {
                long id = submissions.findVersion(unit, period, o.versionNo()).id();
                String errorWorkbook = null;
                if (!o.accepted()) {
                    try {
                        errorFile[0] = errorWorkbooks
                                .write(stored, folder, generated, o.issues(), o.errors())
                                .file();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    errorWorkbook = relative(errorFile[0]);
                    workbook[0] = true;
                }
                portal.insertUpload(new PortalUpload(id, relative(stored), errorWorkbook, user.getUsername()));
                submissionId[0] = id;
            }
            return o;
        });
        if (outcome.identical()) {
            // a double click lands here once the first upload is in: show that version's result
            submissionId[0] =
                    submissions.findVersion(unit, period, outcome.versionNo()).id();
            PortalUpload earlier = portal.findUpload(submissionId[0]);
            workbook[0] = earlier != null && earlier.errorWorkbook() != null;
        }
        return new Verdict(outcome, submissionId[0], workbook[0], null);
    }

    /** A version of the given unit; {@code null} when there is none of that unit with that id. */
    public SubmissionLine lineOf(long submissionId, String unitCode) {
        SubmissionLine line = portal.findLine(submissionId);
        return line == null || unitCode != null && !line.unitCode().equals(unitCode) ? null : line;
    }

    /** The error workbook kept for a version, checked to lie under the uploads folder; {@code null} if none. */
    public Path errorWorkbook(long submissionId) {
        PortalUpload upload = portal.findUpload(submissionId);
        if (upload == null || upload.errorWorkbook() == null) {
            return null;
        }
        Path root = settings.home().resolve("uploads").toAbsolutePath().normalize();
        Path file =
                settings.home().resolve(upload.errorWorkbook()).toAbsolutePath().normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    /**
     * 退回: sends the unit's counting version back with a reason. Only the version that counts (accepted, the
     * newest not rejected) can be sent back; from then on it does not count, for the board and for the assessment.
     */
    public String sendBack(long submissionId, String reason, String bureauUser) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return "请填写退回原因";
        }
        if (text.length() > 500) {
            return "退回原因最多 500 个字";
        }
        return transaction.execute(status -> {
            SubmissionLine line = portal.findLine(submissionId);
            if (line == null) {
                return "没有这个报送版本";
            }
            ReturnSubmission counting = submissions.findCountingForUnit(line.unitCode(), line.period());
            if (counting == null || counting.id() != submissionId) {
                return "只能退回单位当前有效（已接收的最新）版本";
            }
            if (portal.markReturned(submissionId) != 1) {
                return "该版本已不是已接收状态";
            }
            portal.insertSendBack(new SendBack(
                    submissionId, text, bureauUser, LocalDateTime.now(clock).withNano(0)));
            audit.record(
                    AuditAction.SEND_BACK,
                    line.period(),
                    line.unitCode(),
                    line.fileName() + "（第 " + line.versionNo() + " 版，#" + submissionId + "）",
                    "退回原因：" + text);
            log.info(
                    "{} sent back {} {} version {}: {}",
                    bureauUser,
                    line.unitCode(),
                    line.period(),
                    line.versionNo(),
                    text);
            return null;
        });
    }

    Path uploadFolder(YearMonth period, String unit) {
        return SafeFiles.inside(SafeFiles.inside(settings.home().resolve("uploads"), period.toString()), unit);
    }

    private String relative(Path file) {
        return settings.home()
                .toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    /**
     * The client's file name as one harmless name: only its last path element, never a path, without invisible
     * characters (a right-to-left override makes 报表\u202Exslx.exe read as 报表exe.xlsx), at most 180 characters
     * with its extension kept.
     */
    static String clientName(String original) {
        String name = original == null ? "" : original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = UploadNames.visible(name.substring(slash + 1));
        return SafeFiles.safeName(name.isBlank() ? "月报表.xlsx" : name);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }
}
