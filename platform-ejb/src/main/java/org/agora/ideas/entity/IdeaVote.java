package org.agora.ideas.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One participant's support for one idea; the primary key makes a second vote impossible. */
@Entity
@Table(name = "idea_vote")
@IdClass(IdeaVote.Key.class)
@NamedQuery(name = IdeaVote.VOTERS_OF, query = "SELECT v.participantId FROM IdeaVote v WHERE v.ideaId = :idea")
@NamedQuery(name = IdeaVote.SUPPORTED_AMONG, query = "SELECT v.ideaId FROM IdeaVote v"
        + " WHERE v.participantId = :participant AND v.ideaId IN :ideas")
@NamedQuery(name = IdeaVote.DELETE_OF_IDEA, query = "DELETE FROM IdeaVote v WHERE v.ideaId = :idea")
public class IdeaVote {

    public static final String VOTERS_OF = "IdeaVote.votersOf";
    public static final String SUPPORTED_AMONG = "IdeaVote.supportedAmong";
    public static final String DELETE_OF_IDEA = "IdeaVote.deleteOfIdea";

    @Id
    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Id
    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdeaVote() {
        // for JPA
    }

    public IdeaVote(long ideaId, long participantId, Instant now) {
        this.ideaId = ideaId;
        this.participantId = participantId;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public long ideaId() {
        return ideaId;
    }

    public long participantId() {
        return participantId;
    }

    /** The composite key (idea, participant). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long ideaId;
        private long participantId;

        public Key() {
            // for JPA
        }

        public Key(long ideaId, long participantId) {
            this.ideaId = ideaId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.ideaId == ideaId && k.participantId == participantId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(ideaId, participantId);
        }
    }
}
