package org.agora.broadcasts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One person's reaction to one update; the primary key makes it one each. It can be changed and removed. */
@Entity(name = "BroadcastReaction")
@Table(name = "broadcast_reaction")
@IdClass(Reaction.Key.class)
@NamedQuery(name = Reaction.COUNTS, query = "SELECT r.updateId, r.kind, COUNT(r) FROM BroadcastReaction r"
        + " WHERE r.updateId IN :ids GROUP BY r.updateId, r.kind")
@NamedQuery(name = Reaction.MINE, query = "SELECT r FROM BroadcastReaction r"
        + " WHERE r.updateId IN :ids AND r.participantId = :me")
public class Reaction {

    public static final String COUNTS = "BroadcastReaction.counts";
    public static final String MINE = "BroadcastReaction.mine";

    public enum Kind { HELPFUL, NOT_HELPFUL }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long updateId;
        long participantId;

        public Key() {
        }

        public Key(long updateId, long participantId) {
            this.updateId = updateId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.updateId == updateId && k.participantId == participantId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(updateId, participantId);
        }
    }

    @Id
    @Column(name = "update_id")
    private long updateId;

    @Id
    @Column(name = "participant_id")
    private long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "reacted_at", nullable = false)
    private Instant reactedAt;

    protected Reaction() {
        // for JPA
    }

    public Reaction(long updateId, long participantId, Kind kind, Instant now) {
        this.updateId = updateId;
        this.participantId = participantId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reactedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Changes one's mind; the time is when the current reaction was given. */
    public void change(Kind newKind, Instant now) {
        if (newKind != kind) {
            kind = Objects.requireNonNull(newKind, "kind");
            reactedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Kind kind() {
        return kind;
    }

    public long updateId() {
        return updateId;
    }
}
