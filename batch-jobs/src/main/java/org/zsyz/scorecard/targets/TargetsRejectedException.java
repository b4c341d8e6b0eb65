package org.zsyz.scorecard.targets;

import java.nio.file.Path;
import org.zsyz.scorecard.batch.RejectedInput;
import org.zsyz.scorecard.excel.IssueList;

/** A targets workbook that cannot be imported; the year's earlier targets are untouched. */
public class TargetsRejectedException extends RuntimeException implements RejectedInput {

    private final transient IssueList issues;

    public TargetsRejectedException(Path file, int year, IssueList issues, String unreadable) {
        super(file.getFileName() + "："
                + (unreadable != null ? unreadable : "发现 " + issues.errorCount() + " 处错误，" + year + "年目标未导入"));
        this.issues = issues;
    }

    /** The problems found; a file that could not be read at all has one issue naming no sheet. */
    public IssueList issues() {
        return issues;
    }
}
