package org.zsyz.scorecard.assess;

import java.util.List;

/**
 * A year's assessment-method file that cannot be used, with every problem found in it. The message is one
 * line (for logs and the command line); {@link #problems()} has one entry per problem.
 */
public class RulesFileException extends RuntimeException {

    /** One problem: where (file, line, key) and what, in words the bureau reads. */
    public record Problem(String file, int line, String key, String message) {

        @Override
        public String toString() {
            return file + (line > 0 ? " 第" + line + "行" : "") + (key == null || key.isEmpty() ? "" : " " + key) + "："
                    + message;
        }
    }

    private final transient List<Problem> problems;

    public RulesFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder s = new StringBuilder("考核办法文件有").append(problems.size()).append("处错误，未使用：");
        for (int i = 0; i < problems.size(); i++) {
            s.append(i == 0 ? "" : "；").append(problems.get(i));
        }
        return s.toString();
    }
}
