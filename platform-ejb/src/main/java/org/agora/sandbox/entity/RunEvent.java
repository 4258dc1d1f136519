package org.agora.sandbox.entity;

import jakarta.persistence.Column;
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
import java.util.Objects;
import java.util.Optional;

/**
 * One scripted event of a run: when it is due (scenario time, and the real time that is while the clock runs), and
 * what became of it — the content it made (for the debrief to find what the trainee did about it), or why it was
 * skipped (its condition did not hold) or failed (e.g. screening refused the persona's text).
 */
@Entity
@Table(name = "training_event")
@NamedQuery(name = RunEvent.DUE, query = "SELECT e.id FROM RunEvent e"
        + " WHERE e.state = org.agora.sandbox.entity.RunEvent.State.PENDING AND e.dueAt <= :now"
        + " ORDER BY e.dueAt, e.id")
@NamedQuery(name = RunEvent.OF_RUN, query = "SELECT e FROM RunEvent e WHERE e.runId = :run"
        + " ORDER BY e.scenarioAt, e.id")
@NamedQuery(name = RunEvent.CLAIM, query = "UPDATE RunEvent e SET e.state = org.agora.sandbox.entity.RunEvent.State.FIRED,"
        + " e.version = e.version + 1"
        + " WHERE e.id = :id AND e.state = org.agora.sandbox.entity.RunEvent.State.PENDING")
public class RunEvent {

    public static final String DUE = "RunEvent.due";
    public static final String OF_RUN = "RunEvent.ofRun";
    public static final String CLAIM = "RunEvent.claim";

    public enum State { PENDING, FIRED, SKIPPED, FAILED }

    @Id
    @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "event_key", nullable = false, length = 64, updatable = false)
    private String eventKey;

    @Column(name = "scenario_at", nullable = false, updatable = false)
    private Instant scenarioAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "fired_scenario_at")
    private Instant firedScenarioAt;

    @Column(name = "content_type", length = 32)
    private String contentType;

    @Column(name = "content_id")
    private Long contentId;

    @Column(length = 500)
    private String detail;

    @Version
    private long version;

    protected RunEvent() {
        // for JPA
    }

    public RunEvent(long runId, String eventKey, Instant scenarioAt, Instant dueAt) {
        this.runId = runId;
        this.eventKey = Objects.requireNonNull(eventKey, "eventKey");
        this.scenarioAt = scenarioAt.truncatedTo(ChronoUnit.MICROS);
        this.dueAt = dueAt == null ? null : dueAt.truncatedTo(ChronoUnit.MICROS);
        this.state = State.PENDING;
    }

    /** The run's clock changed (paused: null; resumed: the new real time). */
    public void dueAt(Instant real) {
        if (state == State.PENDING) {
            this.dueAt = real == null ? null : real.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** Done at real time {@code real}, scenario time {@code scenario}, making content {@code type}/{@code id}. */
    public void fired(String type, long id, Instant real, Instant scenario) {
        fired(real, scenario);
        this.contentType = type;
        this.contentId = id;
    }

    /** Done, but it made no content of its own (a report, a citation, an endorsement). */
    public void fired(Instant real, Instant scenario) {
        this.state = State.FIRED;
        this.firedAt = real.truncatedTo(ChronoUnit.MICROS);
        this.firedScenarioAt = scenario.truncatedTo(ChronoUnit.MICROS);
    }

    public void skipped(String why, Instant real) {
        this.state = State.SKIPPED;
        this.detail = cut(why);
        this.firedAt = real.truncatedTo(ChronoUnit.MICROS);
    }

    public void failed(String why, Instant real) {
        this.state = State.FAILED;
        this.detail = cut(why);
        this.firedAt = real.truncatedTo(ChronoUnit.MICROS);
    }

    private static String cut(String s) {
        return s == null ? null : s.length() <= 500 ? s : s.substring(0, 500);
    }

    public Long id() {
        return id;
    }

    public long runId() {
        return runId;
    }

    public String eventKey() {
        return eventKey;
    }

    public Instant scenarioAt() {
        return scenarioAt;
    }

    public Optional<Instant> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    public State state() {
        return state;
    }

    public Optional<Instant> firedAt() {
        return Optional.ofNullable(firedAt);
    }

    /** The scenario time it happened at (its content's time), once done. */
    public Optional<Instant> firedScenarioAt() {
        return Optional.ofNullable(firedScenarioAt);
    }

    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    public Optional<Long> contentId() {
        return Optional.ofNullable(contentId);
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
