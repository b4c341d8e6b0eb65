package org.zsyz.scorecard.assess;

import org.springframework.stereotype.Component;

/** Which assessment method applies to a year. */
@Component
public class AssessmentRulesSource {

    public AssessmentRules rulesFor(int year) {
        return AssessmentRules.defaults();
    }
}
