package org.agora.engagements.entity;

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
import java.util.Objects;
import java.util.Optional;
import org.agora.problems.InvalidField;

/**
 * An engagement round: what an agency asks the public, in which mode, and when. State changes only through the
 * lifecycle verbs ({@link #schedule}, {@link #open}, {@link #close}, {@link #publishOutcome}, {@link #archive}), each
 * of which checks its preconditions and changes nothing when it refuses.
 */
@Entity
@Table(name = "engagement")
@NamedQuery(name = Engagement.COUNT_ALL, query = "SELECT COUNT(e) FROM Engagement e")
@NamedQuery(name = Engagement.DUE_TO_OPEN,
        query = "SELECT e FROM Engagement e WHERE e.state = org.agora.engagements.entity.State.SCHEDULED"
                + " AND e.trainingRunId IS NULL AND e.opensAt <= :now AND e.closesAt > :now ORDER BY e.opensAt, e.id")
@NamedQuery(name = Engagement.DUE_TO_CLOSE,
        query = "SELECT e FROM Engagement e WHERE e.state = org.agora.engagements.entity.State.OPEN"
                + " AND e.trainingRunId IS NULL AND e.closesAt <= :now ORDER BY e.closesAt, e.id")
public class Engagement {

    public static final String COUNT_ALL = "Engagement.countAll";
    public static final String DUE_TO_OPEN = "Engagement.dueToOpen";
    public static final String DUE_TO_CLOSE = "Engagement.dueToClose";

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 4000;
    public static final int AGENCY_MAX = 200;

    @Id
    @SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = SUMMARY_MAX)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private State state;

    @Column(nullable = false, length = AGENCY_MAX)
    private String agency;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    @Column(name = "draft_version_id")
    private Long draftVersionId;

    @Embedded
    private RoundSettings settings = RoundSettings.defaults();

    /** The training run that owns this round (a sandbox round), or null for a live round. */
    @Column(name = "training_run_id", updatable = false)
    private Long trainingRunId;

    /** For a sandbox round, its run's clock: "now" in the round is scenario time. */
    @Embedded
    private ScenarioClock clock;

    @Version
    private long version;

    protected Engagement() {
        // for JPA
    }

    /**
     * A new round in {@link State#DRAFT}. Dates are optional at this point, but when both are given the round must
     * close after it opens.
     */
    public Engagement(String title, String summary, Mode mode, String agency, Instant opensAt, Instant closesAt,
            Instant now) {
        this.title = requireText(title, "title");
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.mode = Objects.requireNonNull(mode, "mode");
        this.agency = requireText(agency, "agency");
        checkDates(opensAt, closesAt);
        this.opensAt = stored(opensAt);
        this.closesAt = stored(closesAt);
        this.state = State.DRAFT;
        this.createdAt = stored(now);
        this.stateChangedAt = this.createdAt;
    }

    /** Instants as the database keeps them (microseconds), so a value reads back exactly as it was written. */
    private static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "must not be blank");
        }
        return value.strip();
    }

    private static void checkDates(Instant opensAt, Instant closesAt) {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new InvalidField("closesAt", "must be after opensAt");
        }
    }

    /**
     * A round owned by a training run, run by the run's own agency and on its clock; it opens at once, in scenario
     * time, and takes contributions until {@code closesAt} (scenario time).
     */
    public static Engagement sandbox(long runId, String title, String summary, Mode mode, String agency,
            Instant closesAt, ScenarioClock clock, Instant realNow) {
        Instant now = clock.at(realNow);
        var round = new Engagement(title, summary, mode, agency, now, closesAt, now);
        round.trainingRunId = runId;
        round.clock = clock;
        round.open(now);
        return round;
    }

    /** The run paused or resumed: the round follows its clock. */
    public void retime(ScenarioClock newClock) {
        if (trainingRunId == null) {
            throw new IllegalStateException("a live round runs on real time");
        }
        this.clock = newClock;
    }

    /** Whether this round belongs to a training run. */
    public Optional<Long> trainingRunId() {
        return Optional.ofNullable(trainingRunId);
    }

    /** What "now" is in this round at real time {@code real}: scenario time in a sandbox round, else {@code real}. */
    public Instant now(Instant real) {
        return trainingRunId != null && clock != null && clock.isSet() ? clock.at(real) : real;
    }

    /** Opens this round on a published draft version (set when the round is created). */
    public void discuss(long draftVersion) {
        this.draftVersionId = draftVersion;
    }

    public void configure(RoundSettings newSettings) {
        this.settings = newSettings;
    }

    /** A new title and summary (a blank summary is none), while the round is not archived. */
    public void describe(String newTitle, String newSummary) {
        requireChangeable("its title or summary");
        this.title = requireText(newTitle, "title");
        this.summary = newSummary == null || newSummary.isBlank() ? null : newSummary.strip();
    }

    /**
     * New dates. Before the round opens both may change (a scheduled round keeps both, opening in the future); once
     * it is open only the closing time may, to a time still to come (extended or brought forward); after it closes,
     * neither. Values left null keep what was there.
     */
    public void reschedule(Instant newOpensAt, Instant newClosesAt, Instant now) {
        Instant opens = newOpensAt == null ? opensAt : stored(newOpensAt);
        Instant closes = newClosesAt == null ? closesAt : stored(newClosesAt);
        switch (state) {
            case DRAFT -> checkDates(opens, closes);
            case SCHEDULED -> {
                checkDates(opens, closes);
                if (!opens.isAfter(now)) {
                    throw new InvalidField("opensAt", "must be in the future for a scheduled round; open it now"
                            + " instead");
                }
            }
            case OPEN -> {
                if (newOpensAt != null && !stored(newOpensAt).equals(opensAt)) {
                    throw new InvalidField("opensAt", "cannot change: the round is open");
                }
                if (!closes.isAfter(now)) {
                    throw new InvalidField("closesAt", "must be in the future; close the round now instead");
                }
            }
            default -> throw new RoundUnchangeable(state, "its dates");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    private void requireChangeable(String what) {
        if (state == State.ARCHIVED) {
            throw new RoundUnchangeable(state, what);
        }
    }

    /** New settings, while the round has not closed. */
    public void reconfigure(RoundSettings newSettings) {
        if (state != State.DRAFT && state != State.SCHEDULED && state != State.OPEN) {
            throw new RoundUnchangeable(state, "its settings");
        }
        configure(newSettings);
    }

    /** Carries out the given action; the single entry point for callers that receive the action as data. */
    public void perform(Action action, Instant now) {
        switch (action) {
            case SCHEDULE -> schedule(now);
            case OPEN -> open(now);
            case CLOSE -> close(now);
            case PUBLISH_OUTCOME -> publishOutcome(now);
            case ARCHIVE -> archive(now);
        }
    }

    /** Draft → scheduled: the round will open by itself at {@code opensAt}. */
    public void schedule(Instant now) {
        requireState(Action.SCHEDULE);
        if (opensAt == null || closesAt == null) {
            throw new IllegalTransition(Action.SCHEDULE, state, "set both an opening and a closing time first.");
        }
        if (!opensAt.isAfter(now)) {
            throw new IllegalTransition(Action.SCHEDULE, state,
                    "its opening time has already passed; open it now or choose a later opening time.");
        }
        moveTo(State.SCHEDULED, now);
    }

    /** Draft or scheduled → open, now. Needs a closing time in the future. */
    public void open(Instant now) {
        requireState(Action.OPEN);
        if (closesAt == null) {
            throw new IllegalTransition(Action.OPEN, state, "it has no closing time; set one in the future first.");
        }
        if (!closesAt.isAfter(now)) {
            throw new IllegalTransition(Action.OPEN, state,
                    "its closing time has already passed; set a closing time in the future first.");
        }
        opensAt = stored(now);
        moveTo(State.OPEN, now);
    }

    /** Open → closed. Closing early moves the closing time to now, so the record shows when it really closed. */
    public void close(Instant now) {
        requireState(Action.CLOSE);
        if (closesAt == null || closesAt.isAfter(now)) {
            closesAt = stored(now);
        }
        moveTo(State.CLOSED, now);
    }

    /** Closed → outcome published. */
    public void publishOutcome(Instant now) {
        requireState(Action.PUBLISH_OUTCOME);
        moveTo(State.OUTCOME_PUBLISHED, now);
    }

    /** Closed or outcome published → archived: kept for the record, no longer listed by default. */
    public void archive(Instant now) {
        requireState(Action.ARCHIVE);
        moveTo(State.ARCHIVED, now);
    }

    /**
     * The lifecycle actions that would succeed now: the state allows them and their other rules hold (a round with no
     * closing time cannot be opened; one cannot be scheduled without both dates, or for a time already passed).
     */
    public java.util.List<Action> possibleActions(Instant now) {
        return state.allowedActions().stream().filter(action -> switch (action) {
            case SCHEDULE -> opensAt != null && closesAt != null && opensAt.isAfter(now);
            case OPEN -> closesAt != null && closesAt.isAfter(now);
            case CLOSE, PUBLISH_OUTCOME, ARCHIVE -> true;
        }).toList();
    }

    private void requireState(Action action) {
        if (!action.allowedFrom().contains(state)) {
            throw new IllegalTransition(action, state, "that is only possible from "
                    + action.allowedFrom().stream().map(s -> s.name().toLowerCase().replace('_', ' ')).sorted()
                            .reduce((a, b) -> a + " or " + b).orElseThrow()
                    + ".");
        }
    }

    private void moveTo(State next, Instant now) {
        state = next;
        stateChangedAt = stored(now);
    }

    /** Whether citizens can contribute right now. */
    public boolean isAcceptingContributions(Instant now) {
        return state == State.OPEN && closesAt != null && closesAt.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public Mode mode() {
        return mode;
    }

    public State state() {
        return state;
    }

    public String agency() {
        return agency;
    }

    public Optional<Instant> opensAt() {
        return Optional.ofNullable(opensAt);
    }

    public Optional<Instant> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant stateChangedAt() {
        return stateChangedAt;
    }

    public long version() {
        return version;
    }

    public Optional<Long> draftVersionId() {
        return Optional.ofNullable(draftVersionId);
    }

    public RoundSettings settings() {
        return settings == null ? RoundSettings.defaults() : settings;
    }
}
