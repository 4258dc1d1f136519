package org.agora.engagements.entity;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** One entry in a round's history: who did what, when. Append-only: there are no verbs that change it. */
@Entity
@Table(name = "engagement_event")
@NamedQuery(name = EngagementEvent.OF_ENGAGEMENT,
        query = "SELECT e FROM EngagementEvent e WHERE e.engagementId = :engagement ORDER BY e.occurredAt, e.id")
@NamedQuery(name = EngagementEvent.ANNOUNCEMENTS, query = "SELECT e FROM EngagementEvent e"
        + " WHERE e.engagementId = :engagement AND e.publicNote IS NOT NULL ORDER BY e.occurredAt DESC, e.id DESC")
public class EngagementEvent {

    public static final String OF_ENGAGEMENT = "EngagementEvent.ofEngagement";
    public static final String ANNOUNCEMENTS = "EngagementEvent.announcements";
    public static final String CREATED = "create";
    public static final String CHANGED = "change";
    public static final String DATES_CHANGED = "change-dates";

    @Id
    @SequenceGenerator(name = "engagement_event_seq", sequenceName = "engagement_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_event_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(nullable = false, length = 32)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false, length = 32)
    private State stateAfter;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** What changed, in words (for a change of the round's settings, title or dates). */
    @Column(length = 2000)
    private String details;

    /** The officer's note to the public about a change of dates, shown on the round's pages. */
    @Column(name = "public_note", length = 2000)
    private String publicNote;

    @Column(name = "closes_before")
    private Instant closesBefore;

    @Column(name = "closes_after")
    private Instant closesAfter;

    protected EngagementEvent() {
        // for JPA
    }

    /**
     * @param actorId the participant who acted, or {@code null} for the platform itself
     */
    public EngagementEvent(Engagement engagement, String action, Long actorId, String actorName, Instant at) {
        this.engagementId = engagement.id();
        this.action = action;
        this.stateAfter = engagement.state();
        this.actorId = actorId;
        this.actorName = actorName.length() > 100 ? actorName.substring(0, 100) : actorName;
        this.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** A change to the round, with what changed and, for a change of dates, the note the public reads. */
    public EngagementEvent(Engagement engagement, String action, Long actorId, String actorName, Instant at,
            String details, String publicNote) {
        this(engagement, action, actorId, actorName, at);
        this.details = details;
        this.publicNote = publicNote;
    }

    /** A change of dates: the closing time before and after it, with the note the public reads (may be null). */
    public static EngagementEvent datesChanged(Engagement engagement, Long actorId, String actorName, Instant at,
            String details, String publicNote, Instant closesBefore) {
        var e = new EngagementEvent(engagement, DATES_CHANGED, actorId, actorName, at, details, publicNote);
        e.closesBefore = closesBefore;
        e.closesAfter = engagement.closesAt().orElse(null);
        return e;
    }

    public Optional<Instant> closesBefore() {
        return Optional.ofNullable(closesBefore);
    }

    public Optional<Instant> closesAfter() {
        return Optional.ofNullable(closesAfter);
    }

    public Optional<String> details() {
        return Optional.ofNullable(details);
    }

    public Optional<String> publicNote() {
        return Optional.ofNullable(publicNote);
    }

    public String action() {
        return action;
    }

    public State stateAfter() {
        return stateAfter;
    }

    public Optional<Long> actorId() {
        return Optional.ofNullable(actorId);
    }

    public String actorName() {
        return actorName;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
