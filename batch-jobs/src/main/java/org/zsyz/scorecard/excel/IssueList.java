package org.zsyz.scorecard.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The issues found in one file. Every error is counted; only the first {@link #KEPT} are kept, so a
 * garbage file of a million bad rows cannot exhaust memory.
 */
public final class IssueList {

    public static final int KEPT = 2000;

    private final List<ImportIssue> issues = new ArrayList<>();
    private int errors;
    private int warnings;

    public void error(String sheet, String cell, String field, String value, String message) {
        add(new ImportIssue(ImportIssue.Severity.ERROR, sheet, cell, field, value, message));
    }

    public void warning(String sheet, String cell, String field, String value, String message) {
        add(new ImportIssue(ImportIssue.Severity.WARNING, sheet, cell, field, value, message));
    }

    public void add(ImportIssue issue) {
        if (issue.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (issues.size() < KEPT) {
            issues.add(issue);
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    /** Errors first, each group in the order found. */
    public List<ImportIssue> all() {
        List<ImportIssue> sorted = new ArrayList<>(issues);
        sorted.sort((a, b) -> Boolean.compare(!a.isError(), !b.isError()));
        return Collections.unmodifiableList(sorted);
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::isError).toList();
    }
}
