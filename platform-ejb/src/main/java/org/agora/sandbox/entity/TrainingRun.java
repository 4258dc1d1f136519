package org.agora.sandbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.agora.engagements.entity.Mode;
import org.agora.engagements.entity.ScenarioClock;
import org.agora.sandbox.control.TrainingRefused;

/**
 * A trainee's run of a scenario: its own rounds (a sandbox copy of the scenario's starting material), its clock, and
 * what the trainee answered outside the rounds (the mode they chose, their plan). RUNNING ⇄ PAUSED → FINISHED; a
 * reset ends it as RESET (a new run starts from scratch).
 */
@Entity
@Table(name = "training_run")
@NamedQuery(name = TrainingRun.OF_TRAINEE, query = "SELECT r FROM TrainingRun r WHERE r.traineeId = :trainee"
        + " AND r.state <> org.agora.sandbox.entity.TrainingRun.State.RESET ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = TrainingRun.OF_CLASS, query = "SELECT r FROM TrainingRun r WHERE r.classId = :class"
        + " ORDER BY r.traineeName, r.id")
@NamedQuery(name = TrainingRun.RUNNING, query = "SELECT r FROM TrainingRun r"
        + " WHERE r.state = org.agora.sandbox.entity.TrainingRun.State.RUNNING")
public class TrainingRun {

    public static final String OF_TRAINEE = "TrainingRun.ofTrainee";
    public static final String OF_CLASS = "TrainingRun.ofClass";
    public static final String RUNNING = "TrainingRun.running";

    /** Fastest allowed scenario clock: an hour of scenario time a minute. */
    public static final int MAX_SPEED = 60;

    public enum State { RUNNING, PAUSED, FINISHED, RESET }

    @Id
    @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
    private Long id;

    @Column(name = "scenario_key", nullable = false, length = 64, updatable = false)
    private String scenarioKey;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "trainee_name", nullable = false, length = 100, updatable = false)
    private String traineeName;

    @Column(name = "class_id", updatable = false)
    private Long classId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Embedded
    private ScenarioClock clock;

    @Column(name = "scenario_start", nullable = false, updatable = false)
    private Instant scenarioStart;

    @Column(name = "scenario_end", nullable = false, updatable = false)
    private Instant scenarioEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode_choice", length = 32)
    private Mode modeChoice;

    @Column(length = 4000)
    private String plan;

    /** The run's rounds by the scenario's round keys: {@code main=123;desk=124}. */
    @Column(name = "round_map", length = 1000)
    private String roundMap;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column
    private Integer score;

    @Version
    private long version;

    protected TrainingRun() {
        // for JPA
    }

    public TrainingRun(String scenarioKey, long traineeId, String traineeName, Long classId, int speed,
            Instant scenarioStart, int durationMinutes, Instant now) {
        if (speed < 1 || speed > MAX_SPEED) {
            throw TrainingRefused.invalid("speed", "must be 1 (real time) to " + MAX_SPEED
                    + " (an hour of scenario time a minute)");
        }
        this.scenarioKey = Objects.requireNonNull(scenarioKey, "scenarioKey");
        this.traineeId = traineeId;
        this.traineeName = traineeName;
        this.classId = classId;
        this.state = State.RUNNING;
        this.scenarioStart = scenarioStart.truncatedTo(ChronoUnit.MICROS);
        this.scenarioEnd = this.scenarioStart.plus(durationMinutes, ChronoUnit.MINUTES);
        this.clock = ScenarioClock.starting(now, this.scenarioStart, speed);
        this.startedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Stops the scenario clock; scenario time stands still until {@link #resume}. */
    public ScenarioClock pause(Instant now) {
        requireState(State.RUNNING, "pause");
        state = State.PAUSED;
        clock = clock.pausedAt(now);
        return clock;
    }

    public ScenarioClock resume(Instant now) {
        requireState(State.PAUSED, "resume");
        state = State.RUNNING;
        clock = clock.resumedAt(now);
        return clock;
    }

    /** The trainee finished, or the scenario's time ran out: the clock stops at the time it shows. */
    public ScenarioClock finish(Instant now, int finalScore) {
        if (state != State.RUNNING && state != State.PAUSED) {
            throw TrainingRefused.conflict("run-finished", "This run has already ended.");
        }
        clock = clock.pausedAt(now);
        state = State.FINISHED;
        finishedAt = now.truncatedTo(ChronoUnit.MICROS);
        score = finalScore;
        return clock;
    }

    /** Ended by a reset: a new run takes its place. */
    public ScenarioClock reset(Instant now) {
        if (state == State.RESET) {
            throw TrainingRefused.conflict("run-reset", "This run was reset already.");
        }
        clock = clock.pausedAt(now);
        state = State.RESET;
        if (finishedAt == null) {
            finishedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
        return clock;
    }

    public void chooseMode(Mode mode) {
        requireActive("choose a mode");
        this.modeChoice = Objects.requireNonNull(mode, "mode");
    }

    public void writePlan(String text) {
        requireActive("write a plan");
        this.plan = text;
    }

    public void rounds(Map<String, Long> rounds) {
        var sb = new StringBuilder();
        rounds.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v));
        this.roundMap = sb.toString();
    }

    /** The run's rounds by the scenario's round keys, in the scenario's order. */
    public Map<String, Long> rounds() {
        var map = new LinkedHashMap<String, Long>();
        if (roundMap != null && !roundMap.isEmpty()) {
            for (String pair : roundMap.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), Long.valueOf(pair.substring(eq + 1)));
            }
        }
        return map;
    }

    private void requireState(State expected, String what) {
        if (state != expected) {
            throw TrainingRefused.conflict("run-" + state.name().toLowerCase(java.util.Locale.ROOT),
                    "Cannot " + what + " a run that is " + state.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private void requireActive(String what) {
        if (state != State.RUNNING && state != State.PAUSED) {
            throw TrainingRefused.conflict("run-finished", "Cannot " + what + " in a run that has ended.");
        }
    }

    /** Scenario time now. */
    public Instant scenarioNow(Instant real) {
        return clock.at(real);
    }

    /** Whether its scenario time is up at real time {@code real}. */
    public boolean timeIsUp(Instant real) {
        return !clock.at(real).isBefore(scenarioEnd);
    }

    public boolean isActive() {
        return state == State.RUNNING || state == State.PAUSED;
    }

    public Long id() {
        return id;
    }

    public String scenarioKey() {
        return scenarioKey;
    }

    public long traineeId() {
        return traineeId;
    }

    public String traineeName() {
        return traineeName;
    }

    public Optional<Long> classId() {
        return Optional.ofNullable(classId);
    }

    public State state() {
        return state;
    }

    public ScenarioClock clock() {
        return clock;
    }

    public Instant scenarioStart() {
        return scenarioStart;
    }

    public Instant scenarioEnd() {
        return scenarioEnd;
    }

    public Optional<Mode> modeChoice() {
        return Optional.ofNullable(modeChoice);
    }

    public Optional<String> plan() {
        return Optional.ofNullable(plan);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<Integer> score() {
        return Optional.ofNullable(score);
    }

    public int speed() {
        return clock.speed();
    }
}
