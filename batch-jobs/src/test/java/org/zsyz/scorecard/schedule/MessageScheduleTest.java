package org.zsyz.scorecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which period the schedule reminds on which day: 3 and 1 days before the deadline and the day after. */
class MessageScheduleTest {

    static final List<Integer> DAYS = List.of(-3, -1, 1);
    static final Function<YearMonth, LocalDate> DAY_5 = p -> p.plusMonths(1).atDay(5);

    @Test
    void theDaysAroundTheDeadlineRemindThePeriodItIsFor() {
        assertThat(MessageSchedule.periodsToRemind(LocalDate.of(2025, 10, 2), DAYS, DAY_5))
                .containsExactly(YearMonth.of(2025, 9));
        assertThat(MessageSchedule.periodsToRemind(LocalDate.of(2025, 10, 4), DAYS, DAY_5))
                .containsExactly(YearMonth.of(2025, 9));
        assertThat(MessageSchedule.periodsToRemind(LocalDate.of(2025, 10, 6), DAYS, DAY_5))
                .containsExactly(YearMonth.of(2025, 9));
        for (int day : new int[] {1, 3, 5, 7, 20}) {
            assertThat(MessageSchedule.periodsToRemind(LocalDate.of(2025, 10, day), DAYS, DAY_5))
                    .as("10-%d", day)
                    .isEmpty();
        }
    }

    @Test
    void aDeadlineOnTheFirstIsRemindedInTheMonthBefore() {
        Function<YearMonth, LocalDate> day1 = p -> p.plusMonths(1).atDay(1);
        assertThat(MessageSchedule.periodsToRemind(LocalDate.of(2025, 9, 28), DAYS, day1))
                .containsExactly(YearMonth.of(2025, 9));
        assertThat(MessageSchedule.periodsToRemind(LocalDate.of(2025, 10, 2), DAYS, day1))
                .containsExactly(YearMonth.of(2025, 9));
    }
}
