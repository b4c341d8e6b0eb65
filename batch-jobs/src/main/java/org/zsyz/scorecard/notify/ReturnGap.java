package org.zsyz.scorecard.notify;

import java.util.Comparator;
import java.util.List;
import org.zsyz.scorecard.store.portal.SubmissionLine;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/**
 * What a unit's return of a period lacks, read from its versions as the assessment reads them (the newest version
 * that is not rejected decides): nothing when an accepted version counts; otherwise 未报送, 已退回 with the reason,
 * or rejected with the number of errors. Plain Java, so the rule is tested without a database.
 */
public final class ReturnGap {

    private ReturnGap() {}

    /** The sentence a reminder says about the unit's return, or {@code null} when a return counts. */
    public static String of(List<SubmissionLine> versions) {
        SubmissionLine deciding = versions.stream()
                .filter(v -> v.status() != SubmissionStatus.REJECTED)
                .max(Comparator.comparingInt(SubmissionLine::versionNo))
                .orElse(null);
        if (deciding != null && deciding.status() == SubmissionStatus.ACCEPTED) {
            return null;
        }
        if (deciding != null && deciding.status() == SubmissionStatus.RETURNED) {
            return "已退回（第 " + deciding.versionNo() + " 版），退回原因：" + deciding.sendBackReason() + "；请改正后重新报送";
        }
        SubmissionLine rejected = versions.stream()
                .max(Comparator.comparingInt(SubmissionLine::versionNo))
                .orElse(null);
        if (rejected != null) {
            return "已报送的第 " + rejected.versionNo() + " 版未通过校验（" + rejected.errorCount() + " 处错误），请按错误清单改正后重新报送";
        }
        return "尚未报送";
    }
}
