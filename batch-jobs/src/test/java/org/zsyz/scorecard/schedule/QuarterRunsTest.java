package org.zsyz.scorecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.annual.TermRefusedException;
import org.zsyz.scorecard.operations.TermOperations;

class QuarterRunsTest {

    @Test
    void aQuartersLastMonthRunsTheQuarterAndNoOtherMonthDoes() throws Exception {
        TermOperations terms = mock(TermOperations.class);
        JobExecution done = mock(JobExecution.class);
        when(done.getStatus()).thenReturn(BatchStatus.COMPLETED);
        when(terms.run(any(), anyBoolean(), any())).thenReturn(done);
        QuarterRuns runs = new QuarterRuns(terms);

        assertThat(runs.afterMonth(YearMonth.of(2025, 8))).isFalse();
        verify(terms, never()).run(any(), anyBoolean(), any());
        assertThat(runs.afterMonth(YearMonth.of(2025, 9))).isTrue();
        verify(terms).run(Term.parseQuarter("2025-Q3"), false, null);
        assertThat(QuarterRuns.closedBy(YearMonth.of(2025, 12))).isEqualTo(Term.parseQuarter("2025-Q4"));
    }

    @Test
    void aRefusedQuarterIsLeftForTheBureau() throws Exception {
        TermOperations terms = mock(TermOperations.class);
        when(terms.run(any(), anyBoolean(), any())).thenThrow(new TermRefusedException("已发布公示稿"));
        assertThat(new QuarterRuns(terms).afterMonth(YearMonth.of(2025, 3))).isFalse();
    }
}
