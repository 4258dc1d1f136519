package org.agora.engagements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A training run's clock: scenario time runs {@code speed} times faster than real time from an anchor, and stands
 * still while paused. Sandbox rounds carry their run's clock, so "now" inside a run is scenario time for every rule
 * that asks (deadlines, service levels, slow mode, edit windows, screening). Immutable: pausing and resuming give a
 * new clock.
 */
@Embeddable
public class ScenarioClock {

    @Column(name = "clock_anchor_real")
    private Instant anchorReal;

    @Column(name = "clock_anchor_scenario")
    private Instant anchorScenario;

    @Column(name = "clock_speed")
    private int speed;

    @Column(name = "clock_paused")
    private boolean paused;

    protected ScenarioClock() {
        // for JPA
    }

    private ScenarioClock(Instant anchorReal, Instant anchorScenario, int speed, boolean paused) {
        if (speed < 1) {
            throw new IllegalArgumentException("a scenario clock runs at least as fast as real time, not " + speed);
        }
        this.anchorReal = micros(Objects.requireNonNull(anchorReal, "anchorReal"));
        this.anchorScenario = micros(Objects.requireNonNull(anchorScenario, "anchorScenario"));
        this.speed = speed;
        this.paused = paused;
    }

    /** A clock that shows {@code scenarioStart} at real time {@code now} and runs {@code speed} times as fast. */
    public static ScenarioClock starting(Instant now, Instant scenarioStart, int speed) {
        return new ScenarioClock(now, scenarioStart, speed, false);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Scenario time at real time {@code real}. */
    public Instant at(Instant real) {
        if (paused) {
            return anchorScenario;
        }
        long nanos = Duration.between(anchorReal, real).toNanos();
        return micros(anchorScenario.plusNanos(Math.multiplyExact(Math.max(0, nanos), (long) speed)));
    }

    /** The real time at which scenario time reaches {@code scenario}; null while paused (it never does). */
    public Instant realAt(Instant scenario) {
        if (paused) {
            return null;
        }
        long nanos = Duration.between(anchorScenario, scenario).toNanos();
        return micros(anchorReal.plusNanos(nanos / speed));
    }

    /** Stopped at the scenario time it shows at {@code now}. */
    public ScenarioClock pausedAt(Instant now) {
        return paused ? this : new ScenarioClock(now, at(now), speed, true);
    }

    /** Running again from where it stopped. */
    public ScenarioClock resumedAt(Instant now) {
        return paused ? new ScenarioClock(now, anchorScenario, speed, false) : this;
    }

    public boolean paused() {
        return paused;
    }

    public int speed() {
        return speed;
    }

    /** Whether this is a clock at all (an embedded clock of a live round is all nulls). */
    public boolean isSet() {
        return anchorReal != null;
    }
}
