package org.zsyz.scorecard.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default method, kept once: the commented file {@code method/default-method.yaml} on the class path. It is
 * what {@code rules init} writes (with the year, the installation's deadline day and only the year's groups put
 * in) and what {@link AssessmentRules#defaults()} is read from.
 */
public final class DefaultMethod {

    static final String RESOURCE = "/method/default-method.yaml";

    private static final Pattern DEADLINE = Pattern.compile("(?m)^deadline_day: (\\d+) *");
    /** An entry of {@code red_black_lists.groups}: four spaces, the quoted group name. */
    private static final Pattern GROUP_ENTRY = Pattern.compile("^ {4}\"((?:[^\"\\\\]|\\\\.)*)\":.*");

    private static final String NO_GROUPS = "    {}                       # 无：各组别都按 default";

    private DefaultMethod() {}

    /** The file as shipped, for a year. */
    public static String text(int year) {
        return template().replace("${year}", Integer.toString(year));
    }

    /**
     * The file {@code rules init} writes for a year.
     *
     * @param deadlineDay the installation's deadline day
     * @param groups      the year's groups, whose 红黑榜 entries are kept; {@code null} keeps every entry
     */
    public static String text(int year, int deadlineDay, Collection<String> groups) {
        String text = text(year);
        Matcher m = DEADLINE.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(RESOURCE + " has no deadline_day");
        }
        String value = Integer.toString(deadlineDay);
        String entry = "deadline_day: " + value + " ".repeat(Math.max(1, m.end() - m.start() - 14 - value.length()));
        text = text.substring(0, m.start()) + entry + text.substring(m.end());
        return groups == null ? text : onlyGroups(text, groups);
    }

    /** The defaults as read from the file (named {@link AssessmentRules#DEFAULT_NAME}). */
    static AssessmentRules rules() {
        return Holder.RULES;
    }

    private static final class Holder {
        static final AssessmentRules RULES =
                RulesYaml.parse(text(2000), RESOURCE, 2000).withName(AssessmentRules.DEFAULT_NAME);
    }

    /** Drops the 红黑榜 entries of groups the year does not have; none left is written {@code {}}. */
    private static String onlyGroups(String text, Collection<String> groups) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int start = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("  groups:"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no red_black_lists.groups")));
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("    ")) {
            end++;
        }
        List<String> kept = new ArrayList<>();
        for (String line : lines.subList(start + 1, end)) {
            Matcher m = GROUP_ENTRY.matcher(line);
            if (!m.matches() || groups.contains(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"))) {
                kept.add(line);
            }
        }
        if (kept.stream().noneMatch(l -> GROUP_ENTRY.matcher(l).matches())) {
            kept.removeIf(l -> l.strip().startsWith("{}"));
            kept.add(NO_GROUPS);
        }
        lines.subList(start + 1, end).clear();
        lines.addAll(start + 1, kept);
        return String.join("\n", lines) + "\n";
    }

    private static String template() {
        try (InputStream in = DefaultMethod.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
