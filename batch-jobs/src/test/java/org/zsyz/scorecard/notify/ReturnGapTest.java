package org.zsyz.scorecard.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zsyz.scorecard.store.portal.SubmissionLine;
import org.zsyz.scorecard.store.returns.SubmissionStatus;

/** What a reminder says is missing, read from the versions as the assessment reads them. */
class ReturnGapTest {

    static SubmissionLine version(int no, SubmissionStatus status, int errors, String reason) {
        return new SubmissionLine(
                no,
                "419921",
                YearMonth.of(2025, 9),
                no,
                "f.xlsx",
                LocalDateTime.of(2025, 10, 2, 9, 0),
                status,
                false,
                10,
                errors,
                0,
                "INBOX",
                reason,
                null,
                false);
    }

    @Test
    void noVersionIsNotReported() {
        assertThat(ReturnGap.of(List.of())).isEqualTo("尚未报送");
    }

    @Test
    void anAcceptedVersionCountsEvenAfterALaterRejectedOne() {
        assertThat(ReturnGap.of(List.of(
                        version(1, SubmissionStatus.ACCEPTED, 0, null),
                        version(2, SubmissionStatus.REJECTED, 3, null))))
                .isNull();
    }

    @Test
    void aSentBackVersionGivesTheReason() {
        assertThat(ReturnGap.of(List.of(version(1, SubmissionStatus.RETURNED, 0, "项目投资额单位错误"))))
                .isEqualTo("已退回（第 1 版），退回原因：项目投资额单位错误；请改正后重新报送");
    }

    @Test
    void onlyRejectedVersionsGiveTheNewestErrorCount() {
        assertThat(ReturnGap.of(List.of(
                        version(1, SubmissionStatus.REJECTED, 7, null),
                        version(2, SubmissionStatus.REJECTED, 2, null))))
                .isEqualTo("已报送的第 2 版未通过校验（2 处错误），请按错误清单改正后重新报送");
    }
}
