package org.zsyz.scorecard.assess;

/**
 * A year's assessment method as YAML ({@code assessment-<year>.yml}): read by {@link CheckedYaml} (the file with
 * line numbers) and {@link MethodReader} (the method's checks, bound to {@link AssessmentRules}). The defaults
 * are the commented file of {@link DefaultMethod}.
 */
public final class RulesYaml {

    /** The newest format read: 1 = weights of the built-in ten, 2 = the method defines its indicators. */
    public static final int FORMAT = 2;
    /** The keyword for "1 January of the period's year" as cohort start. */
    public static final String YEAR_START = "year-start";

    private static final int MAX_CHARS = 200_000;

    private RulesYaml() {}

    public static String fileName(int year) {
        return "assessment-" + year + ".yml";
    }

    /**
     * @param file name of the file for messages
     * @param year the year the file must be for (from its name), or {@code null} not to check
     * @throws RulesFileException listing every problem found
     */
    public static AssessmentRules parse(String text, String file, Integer year) {
        CheckedYaml yaml = new CheckedYaml(file);
        return MethodReader.read(yaml, yaml.root(text, MAX_CHARS), year);
    }
}
