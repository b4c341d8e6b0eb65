package org.zsyz.scorecard.assess;

import org.zsyz.scorecard.store.assess.AssessmentRun;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;

/**
 * The indicators a period's stored results were computed with: those of the method text recorded with the
 * assessment run, so results under an earlier method keep showing as they were published even after the year's
 * file has changed. A run recorded before methods defined indicators (no text) had the built-in ten.
 */
public final class MethodCatalogues {

    private MethodCatalogues() {}

    public static IndicatorCatalogue ofRun(AssessmentRun run) {
        if (run == null || run.configText() == null || run.configText().isBlank()) {
            return IndicatorCatalogue.DEFAULT;
        }
        return ofText(run.configText());
    }

    /** The catalogue of a method text already accepted once (its year's checks are not repeated). */
    public static IndicatorCatalogue ofText(String methodText) {
        return RulesYaml.parse(methodText, "（已发布结果所用的考核办法）", null).catalogue();
    }
}
