package org.zsyz.scorecard.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermRefusedException;
import org.zsyz.scorecard.operations.TermOperations;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermUnitResult;
import picocli.CommandLine.Option;

/** What {@code annual} and {@code quarterly} share: the 公示稿, its revision, the final result, a 更正版. */
abstract class TermCommand extends SpringCommand {

    @Option(
            names = "--revision",
            description =
                    "publish again: a revised 公示稿 during the objection window, or a 更正版 (with --reason) once final")
    boolean revision;

    @Option(
            names = "--final",
            description = "after the objection window, with every objection answered: publish as 正式 and lock")
    boolean finalise;

    @Option(names = "--reason", description = "why a final result is corrected (更正版), printed on every document")
    String reason;

    abstract Term term();

    @Override
    boolean announcesHome() {
        return true;
    }

    @Override
    int run(ConfigurableApplicationContext context) throws Exception {
        if (revision && finalise) {
            err().println("scorecard: --revision 与 --final 不能同时使用");
            return ExitCodes.USAGE;
        }
        Term term = term();
        TermOperations operations = context.getBean(TermOperations.class);
        JobExecution execution;
        try {
            execution = finalise ? operations.finalise(term) : operations.run(term, revision, reason);
        } catch (TermRefusedException e) {
            err().println("scorecard: 未运行：" + e.getMessage());
            return ExitCodes.REFUSED;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            TermMapper terms = context.getBean(TermMapper.class);
            ranking(terms, term);
            var published = terms.findLatestPublication(term.key());
            if (published != null) {
                out().println();
                out().println("考核结果（" + published.stage().label()
                        + (published.objectionDeadline() != null
                                        && published.stage().name().equals("NOTICE")
                                ? "，公示期至 " + published.objectionDeadline()
                                : "")
                        + "）：" + published.folder() + "（" + published.fileCount() + " 个文件，含 MANIFEST.sha256）");
            }
        }
        return finish(context, execution);
    }

    private void ranking(TermMapper terms, Term term) {
        out().println(term.title() + "考核结果：");
        TextTable table = new TextTable("组别", "排名", "单位", "总分", "等次", "连冠", "奖项");
        for (TermUnitResult u : terms.findUnitResults(term.key())) {
            table.row(
                    u.groupName(),
                    u.groupRank() == null ? "不排名" : u.groupRank().toString(),
                    u.unitName(),
                    u.totalScore().toPlainString(),
                    u.grade().label(),
                    u.firstStreak() >= 2 ? org.zsyz.scorecard.annual.TermAssessor.streakLabel(u.firstStreak()) : "",
                    u.award() == null ? "" : u.award());
        }
        out().print(table);
    }
}
