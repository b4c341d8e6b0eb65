package org.zsyz.scorecard.verification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.domain.SpotCheckResult;
import org.zsyz.scorecard.store.returns.LedgerProject;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmission;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.spotcheck.SpotCheck;
import org.zsyz.scorecard.store.spotcheck.SpotCheckDraw;
import org.zsyz.scorecard.store.spotcheck.SpotCheckMapper;

/**
 * 抽查: one draw per period (N projects per unit from each unit's counting return, reproducible from the recorded
 * seed), then a result per drawn project. A 弄虚作假 result takes points off in the period's next assessment.
 */
@Service
public class SpotCheckService {

    static final int MAX_PER_UNIT = 50;

    private final SpotCheckMapper checks;
    private final ReturnSubmissionMapper submissions;
    private final LedgerProjectMapper ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public SpotCheckService(
            SpotCheckMapper checks,
            ReturnSubmissionMapper submissions,
            LedgerProjectMapper ledger,
            AuditTrail audit,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.checks = checks;
        this.submissions = submissions;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Refused: nothing was changed. */
    public static class SpotCheckRefused extends RuntimeException {
        SpotCheckRefused(String message) {
            super(message);
        }
    }

    /**
     * Draws the period's sample.
     *
     * @param seed {@code null} for a new random seed (recorded with the draw)
     * @throws SpotCheckRefused when the period has a draw already, N is out of range or no unit has a return
     */
    public SpotCheckDraw draw(YearMonth period, int perUnit, Long seed, String by) {
        if (perUnit < 1 || perUnit > MAX_PER_UNIT) {
            throw new SpotCheckRefused("每个单位抽取的项目数应在 1 到 " + MAX_PER_UNIT + " 之间，现为 " + perUnit);
        }
        long used = seed != null ? seed : new SecureRandom().nextLong() & 0x7fffffffffffL;
        return transaction.execute(status -> {
            SpotCheckDraw earlier = checks.findDraw(period.toString());
            if (earlier != null) {
                throw new SpotCheckRefused(period + " 已抽取过抽查样本（种子 " + earlier.seed() + "，每单位 " + earlier.perUnit()
                        + " 个，" + earlier.drawnBy() + " 于 "
                        + earlier.drawnAt().toString().replace('T', ' ')
                        + " 抽取），不能重抽");
            }
            List<ReturnSubmission> counting = new ArrayList<>(submissions.findCounting(period));
            if (counting.isEmpty()) {
                throw new SpotCheckRefused(period + " 还没有任何单位的有效月报表，无从抽查");
            }
            counting.sort((a, b) -> a.unitCode().compareTo(b.unitCode()));
            SpotCheckDraw draw = new SpotCheckDraw(
                    period.toString(),
                    used,
                    perUnit,
                    by,
                    LocalDateTime.now(clock).withNano(0));
            checks.insertDraw(draw);
            int drawn = 0;
            for (ReturnSubmission s : counting) {
                Map<String, LedgerProject> projects = new TreeMap<>();
                ledger.findProjects(s.id()).forEach(p -> projects.put(p.projectNo(), p));
                for (String no : SpotCheckSampler.draw(used, s.unitCode(), List.copyOf(projects.keySet()), perUnit)) {
                    checks.insertCheck(new SpotCheck(
                            null,
                            period.toString(),
                            s.unitCode(),
                            s.id(),
                            no,
                            projects.get(no).projectName(),
                            null,
                            null,
                            null,
                            null));
                    drawn++;
                }
            }
            audit.record(
                    AuditAction.SPOT_CHECK,
                    period,
                    null,
                    "抽取 " + period + " 抽查样本",
                    "种子 " + used + "，每单位 " + perUnit + " 个，" + counting.size() + " 个单位共 " + drawn + " 个项目");
            return draw;
        });
    }

    /**
     * Records the result of a drawn project (again: a correction, audited as well).
     *
     * @throws SpotCheckRefused for an unknown id, a result other than 通过 / 弄虚作假, a 弄虚作假 without a note
     */
    public SpotCheck record(long id, String resultText, String note, String by) {
        SpotCheckResult result = SpotCheckResult.of(resultText);
        if (result == null) {
            throw new SpotCheckRefused("核查结果应为“通过”或“弄虚作假”，现为“" + (resultText == null ? "" : resultText) + "”");
        }
        String text = note == null ? "" : note.strip();
        if (result == SpotCheckResult.FRAUD && text.isEmpty()) {
            throw new SpotCheckRefused("核查结果为弄虚作假时须写明情况（--note / 说明）");
        }
        if (text.length() > 500) {
            throw new SpotCheckRefused("说明最多 500 个字，现为 " + text.length() + " 个字");
        }
        return transaction.execute(status -> {
            SpotCheck check = checks.findById(id);
            if (check == null) {
                throw new SpotCheckRefused("没有编号为 " + id + " 的抽查项目");
            }
            checks.recordResult(
                    id,
                    result,
                    text.isEmpty() ? null : text,
                    by,
                    LocalDateTime.now(clock).withNano(0));
            audit.record(
                    AuditAction.SPOT_CHECK,
                    YearMonth.parse(check.period()),
                    check.unitCode(),
                    "抽查 #" + id + " 项目 " + check.projectNo() + "“" + check.projectName() + "”",
                    "核查结果：" + result.label() + (text.isEmpty() ? "" : "，说明：" + text)
                            + (check.result() == null
                                    ? ""
                                    : "（原为" + check.result().label() + "）"));
            return checks.findById(id);
        });
    }

    public SpotCheckDraw drawOf(YearMonth period) {
        return checks.findDraw(period.toString());
    }

    public List<SpotCheck> ofPeriod(YearMonth period) {
        return checks.findByPeriod(period.toString());
    }
}
