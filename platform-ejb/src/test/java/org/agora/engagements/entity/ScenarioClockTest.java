package org.agora.engagements.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScenarioClockTest {

    static final Instant REAL = Instant.parse("2026-12-03T15:00:00Z");
    static final Instant START = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void scenario_time_runs_speed_times_as_fast_as_real_time_from_its_start() {
        var clock = ScenarioClock.starting(REAL, START, 12);
        assertThat(clock.at(REAL)).isEqualTo(START);
        assertThat(clock.at(REAL.plus(Duration.ofMinutes(5)))).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(clock.at(REAL.minusSeconds(10))).as("never before its start").isEqualTo(START);
    }

    @Test
    void the_real_time_of_a_scenario_moment_is_the_inverse() {
        var clock = ScenarioClock.starting(REAL, START, 60);
        Instant minuteTen = START.plus(Duration.ofMinutes(10));
        assertThat(clock.realAt(minuteTen)).isEqualTo(REAL.plusSeconds(10));
        assertThat(clock.at(clock.realAt(minuteTen))).isEqualTo(minuteTen);
    }

    @Test
    void a_paused_clock_stands_still_and_resumes_where_it_stopped() {
        var clock = ScenarioClock.starting(REAL, START, 60);
        var paused = clock.pausedAt(REAL.plusSeconds(30));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.at(REAL.plusSeconds(30))).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(paused.at(REAL.plus(Duration.ofHours(2)))).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(paused.realAt(START.plus(Duration.ofMinutes(40)))).as("never reached while paused").isNull();
        assertThat(paused.pausedAt(REAL.plus(Duration.ofHours(3)))).isSameAs(paused);

        var resumed = paused.resumedAt(REAL.plus(Duration.ofHours(1)));
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.at(REAL.plus(Duration.ofHours(1)))).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(resumed.at(REAL.plus(Duration.ofHours(1)).plusSeconds(10)))
                .isEqualTo(START.plus(Duration.ofMinutes(40)));
        assertThat(resumed.realAt(START.plus(Duration.ofMinutes(40))))
                .isEqualTo(REAL.plus(Duration.ofHours(1)).plusSeconds(10));
    }

    @Test
    void real_time_speed_one_is_the_wall_clock_shifted() {
        var clock = ScenarioClock.starting(REAL, START, 1);
        assertThat(Duration.between(START, clock.at(REAL.plusSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
    }
}
