package org.zsyz.scorecard.publish;

import java.time.YearMonth;
import java.util.Objects;
import org.zsyz.scorecard.assess.AssessmentRules;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.RulesYaml;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.AssessmentRun;

/**
 * The method that produced a period's results, for {@link ScorecardAssembler}: the text stored with the run, so
 * that a file edited since does not change how published results are explained; the year's current method for
 * results stored before the text was kept. Every scorecard of a run reads the same text, so it is parsed once.
 */
final class RunRules {

    private record ParsedRules(String text, String source, AssessmentRules rules) {}

    private final AssessmentMapper results;
    private final AssessmentRulesSource rulesSource;
    private volatile ParsedRules lastParsed;

    RunRules(AssessmentMapper results, AssessmentRulesSource rulesSource) {
        this.results = results;
        this.rulesSource = rulesSource;
    }

    AssessmentRules of(YearMonth period) {
        AssessmentRun run = results.findRun(period);
        if (run == null || run.configText() == null) {
            return rulesSource.rulesFor(period.getYear());
        }
        ParsedRules last = lastParsed;
        if (last != null && last.text().equals(run.configText()) && Objects.equals(last.source(), run.configSource())) {
            return last.rules();
        }
        AssessmentRules rules = RulesYaml.parse(run.configText(), run.configSource(), null);
        lastParsed = new ParsedRules(run.configText(), run.configSource(), rules);
        return rules;
    }
}
