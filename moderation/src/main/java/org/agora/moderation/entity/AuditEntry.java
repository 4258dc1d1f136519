package org.agora.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the append-only moderation log: who did what, when, to which item, the state before and after, and
 * why. The class has no setters and the application never updates or deletes a row; on PostgreSQL a trigger refuses
 * UPDATE, DELETE and TRUNCATE (db/postgresql).
 */
@Entity
@Table(name = "moderation_audit")
@NamedQuery(name = AuditEntry.OF_ROUND,
        query = "SELECT a FROM AuditEntry a WHERE a.roundId = :round ORDER BY a.occurredAt, a.id")
@NamedQuery(name = AuditEntry.OF_CASE,
        query = "SELECT a FROM AuditEntry a WHERE a.caseId = :case ORDER BY a.occurredAt, a.id")
public class AuditEntry {

    public static final String OF_ROUND = "AuditEntry.ofRound";
    public static final String OF_CASE = "AuditEntry.ofCase";

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "content_type", length = 32, updatable = false)
    private String contentType;

    @Column(name = "content_id", updatable = false)
    private Long contentId;

    @Column(nullable = false, length = 24, updatable = false)
    private String action;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100, updatable = false)
    private String actorName;

    @Column(name = "state_before", length = 16, updatable = false)
    private String stateBefore;

    @Column(name = "state_after", length = 16, updatable = false)
    private String stateAfter;

    @Column(name = "reason_code", length = 16, updatable = false)
    private String reasonCode;

    @Column(length = 4000, updatable = false)
    private String statement;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * @param actorId   the participant who acted, or {@code null} for the platform itself (screening, auto-hide)
     * @param actorName their display name, or "screening" / "platform"
     */
    public AuditEntry(ContentRef ref, Long caseId, String action, Long actorId, String actorName, String stateBefore,
            String stateAfter, String reasonCode, String statement, Instant now) {
        this.roundId = ref.roundId();
        this.caseId = caseId;
        this.contentType = ref.type();
        this.contentId = ref.id();
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.stateBefore = stateBefore;
        this.stateAfter = stateAfter;
        this.reasonCode = reasonCode;
        this.statement = statement == null || statement.length() <= 4000 ? statement : statement.substring(0, 4000);
        this.occurredAt = now;
    }

    public long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String contentType() {
        return contentType;
    }

    public Long contentId() {
        return contentId;
    }

    public String action() {
        return action;
    }

    public Optional<Long> actorId() {
        return Optional.ofNullable(actorId);
    }

    public String actorName() {
        return actorName;
    }

    public Optional<String> stateBefore() {
        return Optional.ofNullable(stateBefore);
    }

    public Optional<String> stateAfter() {
        return Optional.ofNullable(stateAfter);
    }

    public Optional<String> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    public Optional<String> statement() {
        return Optional.ofNullable(statement);
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
