package org.zsyz.scorecard.assess;

/** Format-2 method texts for tests: the default method's other keys with indicators of the test's own. */
final class MethodFiles {

    static final String FILE = "assessment-2013.yml";

    private MethodFiles() {}

    /** The default method of 2013 as format 2 with these indicators (and optional project rules and quotas). */
    static String format2(String indicators, String extra) {
        String text = DefaultMethod.text(2013)
                .replaceFirst("format: 1[^\n]*", "format: 2")
                .replaceFirst("(?s)\nindicators:.*?\n(?=ratio_cap_percent)", "\nindicators:\n" + indicators);
        return text + (extra == null ? "" : "\n" + extra);
    }

    static AssessmentRules parse(String indicators, String extra) {
        return RulesYaml.parse(format2(indicators, extra), FILE, 2013);
    }
}
