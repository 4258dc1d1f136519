package org.agora.comments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One participant's endorsement of one comment; the primary key makes it once each. */
@Entity
@Table(name = "comment_endorsement")
@IdClass(Endorsement.Key.class)
public class Endorsement {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long commentId;
        long participantId;

        public Key() {
        }

        public Key(long commentId, long participantId) {
            this.commentId = commentId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.commentId == commentId && k.participantId == participantId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(commentId, participantId);
        }
    }

    @Id
    @Column(name = "comment_id")
    private long commentId;

    @Id
    @Column(name = "participant_id")
    private long participantId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Endorsement() {
        // for JPA
    }

    public Endorsement(long commentId, long participantId, Instant now) {
        this.commentId = commentId;
        this.participantId = participantId;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }
}
