package org.zsyz.scorecard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.zsyz.scorecard.batch.RunEventListener;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.progress.RunSummary;
import org.zsyz.scorecard.returns.ImportOutcome;
import org.zsyz.scorecard.returns.ImportOutcomes;
import org.zsyz.scorecard.returns.InboxFileReader;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.UnitScore;

/** What the commands print on the terminal. */
final class Printouts {

    private static final int ISSUES_SHOWN = ImportOutcomes.ISSUES_KEPT;

    private Printouts() {}

    static void importTable(PrintWriter out, YearMonth period, List<ImportOutcome> outcomes) {
        importTable(out, period, outcomes, null);
    }

    /**
     * @param inbox the folder imported from: when this run imported nothing, whether files are still waiting there
     *              (the import stopped before them) or it is really empty
     */
    static void importTable(PrintWriter out, YearMonth period, List<ImportOutcome> outcomes, Path inbox) {
        if (outcomes.isEmpty()) {
            List<Path> waiting = inbox == null ? List.of() : InboxFileReader.waitingFiles(inbox);
            if (waiting.isEmpty()) {
                out.println(period + " 收件箱" + (inbox == null ? "" : " " + inbox) + " 没有待导入的文件。");
            } else {
                out.println(period + " 收件箱 " + inbox + " 中的 " + waiting.size() + " 个文件本次没有导入" + "（导入未进行或未完成，原因见下）。");
            }
            return;
        }
        TextTable table = new TextTable("文件", "单位", "版本", "结果", "项目行数", "错误", "提示").right(2, 4, 5, 6);
        int accepted = 0;
        for (ImportOutcome o : outcomes) {
            String result = o.keptInInbox()
                    ? "留在收件箱（待导入 " + period.getYear() + " 年目标任务书）"
                    : o.identical()
                            ? "与第" + o.versionNo() + "版相同，未变更"
                            : o.accepted() ? (o.late() ? "已接收（逾期）" : "已接收") : "已退回";
            if (o.accepted() && !o.identical()) {
                accepted++;
            }
            table.row(
                    o.fileName(),
                    o.unitCode() == null ? "（无法识别）" : o.unitCode() + " " + o.unitName(),
                    o.versionNo(),
                    result,
                    o.rows(),
                    o.errors(),
                    o.warnings());
        }
        out.print(table);
        long kept = outcomes.stream().filter(ImportOutcome::keptInInbox).count();
        out.println("共 " + outcomes.size() + " 个文件，接收 " + accepted + " 个。"
                + (kept == 0
                        ? ""
                        : kept + " 个文件留在收件箱：" + period.getYear() + " 年目标任务书还没有导入，导入后（scorecard import-targets）"
                                + "运行同一命令即可导入它们。"));
        for (ImportOutcome o : outcomes) {
            if (!o.accepted() && !o.identical() && !o.keptInInbox()) {
                out.println();
                out.println(o.fileName() + " 被退回（" + o.errors() + " 处错误"
                        + (o.warnings() > 0 ? "，" + o.warnings() + " 处提示" : "") + "）：");
                // the errors first, then the 提示 (worth fixing in the same pass), as stored
                List<ImportIssue> shown =
                        o.issues().stream().limit(ISSUES_SHOWN).toList();
                shown.forEach(i -> out.println("  " + i.describe(o.fileName())));
                int rest = o.errors() + o.warnings() - shown.size();
                if (rest > 0) {
                    out.println("  …… 其余 " + rest + " 处见错误清单");
                }
            }
        }
    }

    static void ranking(PrintWriter out, AssessmentMapper results, YearMonth period) {
        List<UnitScore> scores = results.findUnitScores(period);
        TextTable table = new TextTable("组别", "排名", "变化", "单位", "总分", "等次", "报送").right(1, 4);
        for (UnitScore s : scores) {
            table.row(
                    s.groupName(),
                    s.groupRank() == null ? "不排名" : s.groupRank(),
                    s.rankChange(),
                    s.unitName(),
                    s.totalScore().toPlainString(),
                    s.grade().label(),
                    s.reportStatus().label());
        }
        out.println(period + " 排名：");
        out.print(table);
    }

    /** The end-of-run summary: one line per stage, then where the outputs are. */
    static void summary(PrintWriter out, RunSummary summary) {
        out.println(
                "运行摘要 " + summary.run() + "：" + summary.status() + "，用时 " + RunEventListener.format(summary.took()));
        TextTable table = new TextTable("阶段", "状态", "读", "写", "跳过", "用时").right(2, 3, 4, 5);
        for (RunSummary.StageLine s : summary.stages()) {
            table.row(s.label(), s.status(), s.read(), s.written(), s.skipped(), RunEventListener.format(s.took()));
        }
        out.print(table);
        summary.outputs().forEach(o -> out.println("  " + o));
    }

    /** What a sending pass did; a failed attempt is retried later (scorecard messages shows why). */
    static void messageTally(PrintWriter out, org.zsyz.scorecard.notify.MessageDispatcher.Tally tally) {
        out.println("发送：成功 " + tally.sent() + " 条" + (tally.retrying() > 0 ? "，失败待重试 " + tally.retrying() + " 条" : "")
                + (tally.failed() > 0 ? "，多次失败已放弃 " + tally.failed() + " 条" : "")
                + (tally.retrying() + tally.failed() > 0 ? "（原因见 scorecard messages）" : ""));
    }
}
