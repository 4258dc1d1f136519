package org.agora.questions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service-level clock: Monday–Friday 09:00–17:00. 2026-11-27 is a Friday, 2026-11-30 a Monday. */
class WorkingHoursTest {

    final WorkingHours cut = new WorkingHours(ZoneOffset.UTC);

    static Instant utc(String local) {
        return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0} + {1} h = {2}")
    @CsvSource({
            // within one day
            "2026-11-24T10:00, 2, 2026-11-24T12:00",
            "2026-11-24T09:00, 8, 2026-11-24T17:00",
            // a due time exactly at closing stays at closing
            "2026-11-24T15:00, 2, 2026-11-24T17:00",
            // spills over into the next morning
            "2026-11-24T16:30, 1, 2026-11-25T09:30",
            // before opening counts from opening
            "2026-11-24T06:15, 1, 2026-11-24T10:00",
            // exactly at closing counts from the next opening
            "2026-11-24T17:00, 1, 2026-11-25T10:00",
            // Friday evening: counted from Monday morning
            "2026-11-27T18:45, 16, 2026-12-01T17:00",
            "2026-11-27T18:45, 1, 2026-11-30T10:00",
            // Friday afternoon spills over the weekend
            "2026-11-27T15:00, 4, 2026-11-30T11:00",
            // asked on Saturday or Sunday
            "2026-11-28T12:00, 2, 2026-11-30T11:00",
            "2026-11-29T23:59, 8, 2026-11-30T17:00",
            // multi-day: 40 working hours is one working week
            "2026-11-24T10:00, 40, 2026-12-01T10:00",
            "2026-11-30T09:00, 720, 2027-04-02T17:00",
            // zero hours: the next working moment
            "2026-11-28T12:00, 0, 2026-11-30T09:00",
            "2026-11-24T11:11, 0, 2026-11-24T11:11",
    })
    void due_times_count_only_working_hours(String asked, int hours, String due) {
        assertThat(cut.plus(utc(asked), hours)).isEqualTo(utc(due));
    }

    @Test
    void seconds_within_the_working_day_are_kept() {
        assertThat(cut.plus(Instant.parse("2026-11-24T10:00:30.123456Z"), 3))
                .isEqualTo(Instant.parse("2026-11-24T13:00:30.123456Z"));
    }

    @Test
    void working_hours_are_local_to_the_configured_zone() {
        var berlin = new WorkingHours(ZoneId.of("Europe/Berlin"));
        // 16:30 UTC is 17:30 in Berlin in winter: after closing, so from 09:00 Berlin (08:00 UTC) the next day
        assertThat(berlin.plus(Instant.parse("2026-11-24T16:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        // in UTC the same moment is still within the working day
        assertThat(cut.plus(Instant.parse("2026-11-24T16:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
    }

    @Test
    void a_clock_change_on_a_weekend_keeps_opening_at_nine_local_time() {
        var berlin = new WorkingHours(ZoneId.of("Europe/Berlin"));
        // summer time ends on Sunday 2026-10-25: Friday 16:00 CEST (14:00 UTC) + 2 h = Monday 10:00 CET (09:00 UTC)
        assertThat(berlin.plus(Instant.parse("2026-10-23T14:00:00Z"), 2))
                .isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    }

    @Test
    void negative_hours_are_a_programming_error() {
        assertThatThrownBy(() -> cut.plus(Instant.parse("2026-11-24T10:00:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void public_holidays_count_like_a_sunday() {
        var withChristmas = new WorkingHours(ZoneOffset.UTC, WorkingHours.holidays("2026-12-24, 2026-12-25"));
        // Wednesday 2026-12-23 16:00 + 2 h: one hour that day, then Thursday and Friday are holidays, so Monday
        assertThat(withChristmas.plus(utc("2026-12-23T16:00"), 2)).isEqualTo(utc("2026-12-28T10:00"));
        // asked on a holiday: counted from the next working morning
        assertThat(withChristmas.plus(utc("2026-12-24T11:00"), 1)).isEqualTo(utc("2026-12-28T10:00"));
        // without holidays the same question is due on Christmas Eve
        assertThat(cut.plus(utc("2026-12-23T16:00"), 2)).isEqualTo(utc("2026-12-24T10:00"));
    }

    @Test
    void holidays_are_read_from_a_list_of_iso_dates() {
        assertThat(WorkingHours.holidays("2026-12-25,2026-12-26  2027-01-01,")).hasSize(3)
                .contains(java.time.LocalDate.of(2027, 1, 1));
        assertThat(WorkingHours.holidays("")).isEmpty();
        assertThat(WorkingHours.holidays(null)).isEmpty();
        assertThatThrownBy(() -> WorkingHours.holidays("2026-12-25, Christmas"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Christmas");
    }
}
