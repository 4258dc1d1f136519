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
public class EngagementEvent {

    public static final String OF_ENGAGEMENT = "EngagementEvent.ofEngagement";
    public static final String CREATED = "create";

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
