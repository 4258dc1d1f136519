package org.agora.moderation.entity;

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
import java.util.Optional;

/**
 * A warning, a mute or a block of a participant, tied to the case that caused it; lifting it keeps the record. A mute
 * stops public participation for a time; a block stops all participation (posting, reporting, supporting), for a
 * time or, with no end, for good. Both are appealable like every decision on a case.
 */
@Entity
@Table(name = "moderation_sanction")
@NamedQuery(name = Sanction.ACTIVE_RESTRICTIONS, query = "SELECT s FROM Sanction s"
        + " WHERE s.participantId = :participant AND s.lifted = FALSE"
        + " AND s.kind <> org.agora.moderation.entity.Sanction.Kind.WARNING ORDER BY s.createdAt DESC")
@NamedQuery(name = Sanction.OF_CASE, query = "SELECT s FROM Sanction s WHERE s.caseId = :case AND s.lifted = FALSE")
public class Sanction {

    public static final String ACTIVE_RESTRICTIONS = "Sanction.activeRestrictions";
    public static final String OF_CASE = "Sanction.ofCase";

    public enum Kind { WARNING, MUTE, BLOCK }

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "until_at")
    private Instant until;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false, length = 4000)
    private String statement;

    @Column(name = "moderator_id", nullable = false)
    private long moderatorId;

    @Column(nullable = false)
    private boolean lifted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Sanction() {
        // for JPA
    }

    public Sanction(long participantId, Kind kind, Instant until, long caseId, String statement, long moderatorId,
            Instant now) {
        this.participantId = participantId;
        this.kind = kind;
        this.until = until;
        this.caseId = caseId;
        this.statement = statement;
        this.moderatorId = moderatorId;
        this.createdAt = now;
    }

    public boolean mutes(Instant at) {
        return kind == Kind.MUTE && !lifted && until != null && at.isBefore(until);
    }

    /** Whether it stops the participant from taking part at {@code at}: a mute or block in force. */
    public boolean restricts(Instant at) {
        return !lifted && (kind == Kind.MUTE || kind == Kind.BLOCK) && (until == null ? kind == Kind.BLOCK
                : at.isBefore(until));
    }

    public void lift() {
        lifted = true;
    }

    public long participantId() {
        return participantId;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    public String statement() {
        return statement;
    }
}
