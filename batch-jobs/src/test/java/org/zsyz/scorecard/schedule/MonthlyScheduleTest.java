package org.zsyz.scorecard.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** The timetable's rules, without Spring: which month a firing is for, and when a month is overdue. */
class MonthlyScheduleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final CronExpression DEFAULT = new ScheduleProperties(null, null, null, null, null, null).cronExpression();

    static ZonedDateTime at(String localTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localTime), SHANGHAI);
    }

    @Test
    void aFiringIsForTheMonthBefore() {
        assertThat(MonthlySchedule.periodFor(at("2025-10-06T02:00:00"))).isEqualTo(YearMonth.of(2025, 9));
        assertThat(MonthlySchedule.periodFor(at("2026-01-06T02:00:00"))).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void theDefaultsAreTwoInTheMorningOnTheSixthInShanghaiTriedThreeMoreTimes() {
        ScheduleProperties defaults = new ScheduleProperties(null, null, null, null, null, null);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.zone()).isEqualTo(SHANGHAI);
        assertThat(defaults.catchUp()).isTrue();
        assertThat(defaults.retries()).isEqualTo(3);
        assertThat(defaults.retryDelay()).isEqualTo(Duration.ofMinutes(30));
        assertThat(DEFAULT.next(at("2025-10-01T00:00:00"))).isEqualTo(at("2025-10-06T02:00:00"));
        assertThat(DEFAULT.next(at("2025-10-06T02:00:00"))).isEqualTo(at("2025-11-06T02:00:00"));
    }

    @Test
    void aMonthIsDueFromItsFiringTimeToTheEndOfTheMonth() {
        assertThat(MonthlySchedule.isDue(DEFAULT, at("2025-10-06T01:59:59"))).isFalse();
        assertThat(MonthlySchedule.isDue(DEFAULT, at("2025-10-06T02:00:00"))).isTrue();
        assertThat(MonthlySchedule.isDue(DEFAULT, at("2025-10-31T23:59:59"))).isTrue();
        assertThat(MonthlySchedule.isDue(DEFAULT, at("2025-11-01T00:00:00"))).isFalse();
        // 18:30 UTC on the 5th is already 02:30 on the 6th in Shanghai.
        assertThat(MonthlySchedule.isDue(
                        DEFAULT,
                        ZonedDateTime.of(2025, 10, 5, 18, 30, 0, 0, ZoneId.of("UTC"))
                                .withZoneSameInstant(SHANGHAI)))
                .isTrue();
    }

    @Test
    void aWrongCronIsRefusedWithTheSetting() {
        assertThatThrownBy(() -> new ScheduleProperties(null, "2 on the 6th", null, null, null, null))
                .hasMessageContaining("scorecard.schedule.cron");
    }
}
