package org.agora.questions.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The service-level clock: adds working hours to an instant. Working time is Monday to Friday, 09:00 to 17:00 in
 * one time zone (MicroProfile Config {@code agora.questions.zone}, default UTC), except public holidays (dates in
 * {@code agora.questions.holidays}), which count like a Sunday.
 *
 * <p>Rules at the edges: a start outside working time counts from the next opening (a question asked on Friday at
 * 18:00 starts counting on Monday at 09:00); a start exactly at 17:00 counts from the next working day; a due time
 * that falls exactly at closing time stays at 17:00 (it does not move to the next morning).
 */
public final class WorkingHours {

    public static final LocalTime OPENS = LocalTime.of(9, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    public WorkingHours(ZoneId zone) {
        this(zone, Set.of());
    }

    public WorkingHours(ZoneId zone, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidays = Set.copyOf(holidays);
    }

    /**
     * Holidays as configured: ISO dates separated by commas or spaces, e.g. {@code 2026-12-25, 2026-12-26}.
     *
     * @throws IllegalArgumentException naming the first entry that is not a date
     */
    public static Set<LocalDate> holidays(String configured) {
        var dates = new java.util.HashSet<LocalDate>();
        for (String entry : configured == null ? new String[0] : configured.split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(entry));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + entry, e);
            }
        }
        return dates;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant at which {@code hours} working hours have passed since {@code start}. */
    public Instant plus(Instant start, int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("hours must not be negative: " + hours);
        }
        var remaining = Duration.ofHours(hours);
        LocalDateTime at = nextWorkingMoment(LocalDateTime.ofInstant(start, zone));
        while (true) {
            var closing = at.toLocalDate().atTime(CLOSES);
            var left = Duration.between(at, closing);
            if (remaining.compareTo(left) <= 0) {
                return at.plus(remaining).atZone(zone).toInstant();
            }
            remaining = remaining.minus(left);
            at = nextWorkingMoment(closing);
        }
    }

    /** The same moment if it is within working time (closing time excluded), else the next opening. */
    LocalDateTime nextWorkingMoment(LocalDateTime at) {
        var day = at.toLocalDate();
        if (isWorkingDay(day)) {
            if (at.toLocalTime().isBefore(OPENS)) {
                return day.atTime(OPENS);
            }
            if (at.toLocalTime().isBefore(CLOSES)) {
                return at;
            }
        }
        day = day.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(OPENS);
    }

    boolean isWorkingDay(LocalDate date) {
        var day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }
}
