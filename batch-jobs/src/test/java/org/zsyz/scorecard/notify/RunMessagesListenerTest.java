package org.zsyz.scorecard.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.zsyz.scorecard.annual.Term;
import org.zsyz.scorecard.domain.ContactChannel;
import org.zsyz.scorecard.domain.MessageKind;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;

/**
 * Which run is delivered or alerted: a completed month's publication, a completed term's — the year's as the
 * quarter's (TermDeliveryTests runs the quarter for real) — and a failed run of either kind alerts IT naming what
 * it was about. A run that publishes nothing is not delivered.
 */
class RunMessagesListenerTest {

    final PublicationDelivery months = mock(PublicationDelivery.class);
    final TermDelivery terms = mock(TermDelivery.class);
    final ContactMapper contacts = mock(ContactMapper.class);
    final MessageOutbox outbox = mock(MessageOutbox.class);
    final MessageDispatcher dispatcher = mock(MessageDispatcher.class);
    final RunMessagesListener listener = new RunMessagesListener(months, terms, contacts, outbox, dispatcher);

    static JobExecution run(String job, String parameter, String value, BatchStatus status) {
        JobExecution execution = new JobExecution(
                41L,
                new JobInstance(7L, job),
                new JobParametersBuilder().addString(parameter, value).toJobParameters());
        execution.setStatus(status);
        return execution;
    }

    @Test
    void aCompletedAnnualRunDeliversItsYearAndAQuarterlyRunItsQuarter() {
        when(terms.deliver(any())).thenReturn(3);
        listener.afterJob(run("annual", "term", "2025", BatchStatus.COMPLETED));
        listener.afterJob(run("quarterly", "term", "2025-Q3", BatchStatus.COMPLETED));

        verify(terms).deliver(Term.year(2025));
        verify(terms).deliver(Term.parseQuarter("2025-Q3"));
        verify(months, never()).deliver(any());
        verify(dispatcher, org.mockito.Mockito.times(2)).sendSoon();
    }

    @Test
    void aCompletedMonthlyRunDeliversItsMonthAndAnAssessmentNothing() {
        listener.afterJob(run("monthly", "period", "2025-09", BatchStatus.COMPLETED));
        listener.afterJob(run("assess", "period", "2025-10", BatchStatus.COMPLETED));

        verify(months).deliver(YearMonth.of(2025, 9));
        verify(months, never()).deliver(YearMonth.of(2025, 10));
        verify(terms, never()).deliver(any());
    }

    @Test
    void aFailedAnnualRunAlertsItNamingTheYear() {
        Contact it = new Contact(1L, Contact.IT, ContactChannel.EMAIL, "it@example.gov.cn", null, null);
        when(contacts.findByOwner(Contact.IT)).thenReturn(List.of(it));
        when(outbox.queue(any(), any(), any(), anyString(), anyString(), anyString(), isNull()))
                .thenReturn(true);

        listener.afterJob(run("annual", "term", "2025", BatchStatus.FAILED));

        ArgumentCaptor<String> subject = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(outbox)
                .queue(
                        eq(MessageKind.ALERT),
                        eq(YearMonth.of(2025, 12)),
                        eq(it),
                        eq("exec41"),
                        subject.capture(),
                        body.capture(),
                        isNull());
        assertThat(subject.getValue()).isEqualTo("【故障】annual 2025 运行失败（#41）");
        assertThat(body.getValue()).contains("运行 annual（2025） #41 失败。").contains("scorecard restart 41");
        verify(terms, never()).deliver(any());
        verify(dispatcher).sendSoon();
    }
}
