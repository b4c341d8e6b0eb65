package org.zsyz.scorecard.cli;

import java.time.YearMonth;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.audit.AuditVerdict;
import org.zsyz.scorecard.store.audit.AuditRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorecard audit}: the audit trail (操作记录), optionally of one period and/or unit, and a verification of
 * the whole chain; exit 1 when a record was edited or deleted.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "List the audit trail (who did what, when, from where) and verify its hash chain; exit 1 when "
                + "a record was edited or deleted.")
class AuditCommand extends SpringCommand {

    @Option(names = "--period", converter = PeriodOption.Converter.class, description = "only this period, YYYY-MM")
    YearMonth period;

    @Option(names = "--unit", description = "only this unit's records, e.g. 419921")
    String unit;

    @Option(names = "--limit", defaultValue = "200", description = "the newest N records (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    int run(ConfigurableApplicationContext context) {
        AuditTrail trail = context.getBean(AuditTrail.class);
        List<AuditRecord> records = trail.records(period, unit == null ? null : unit.strip(), Math.max(1, limit));
        TextTable table = new TextTable("#", "时间", "操作人", "来自", "操作", "期别", "单位", "对象", "内容").right(0);
        for (AuditRecord r : records) {
            table.row(
                    r.id(),
                    r.occurredAt().toString().replace('T', ' '),
                    r.actor(),
                    r.origin(),
                    r.action().label(),
                    r.period() == null ? "—" : r.period(),
                    r.unitCode() == null ? "—" : r.unitCode(),
                    r.subject() == null ? "" : r.subject(),
                    r.detail() == null ? "" : r.detail());
        }
        if (table.isEmpty()) {
            out().println("没有符合条件的操作记录。");
        } else {
            out().print(table);
        }
        AuditVerdict verdict = trail.verify();
        if (verdict.intact()) {
            out().println("记录链完整：共 " + verdict.records() + " 条，逐条核对散列无误。");
            return ExitCodes.OK;
        }
        err().println("scorecard: 操作记录被改动：" + verdict.reason());
        return ExitCodes.FAILED;
    }
}
