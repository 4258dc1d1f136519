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

/** An earlier text of a comment, kept when its author edited it. Append-only. */
@Entity
@Table(name = "comment_revision")
@jakarta.persistence.NamedQuery(name = Revision.PURGE_OF_COMMENT,
        query = "DELETE FROM Revision r WHERE r.commentId = :id")
@IdClass(Revision.Key.class)
public class Revision {

    /** Deletes a comment's earlier texts (the author deleted it, or a moderator purged it). */
    public static final String PURGE_OF_COMMENT = "Revision.purgeOfComment";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long commentId;
        int revision;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.commentId == commentId && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(commentId, revision);
        }
    }

    @Id
    @Column(name = "comment_id")
    private long commentId;

    @Id
    @Column(name = "revision")
    private int revision;

    @Column(nullable = false, length = 20000)
    private String markdown;

    @Column(nullable = false, length = 80000)
    private String html;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected Revision() {
        // for JPA
    }

    Revision(long commentId, int revision, String markdown, String html, Instant replacedAt) {
        this.commentId = commentId;
        this.revision = revision;
        this.markdown = markdown;
        this.html = html;
        this.replacedAt = replacedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public int revision() {
        return revision;
    }

    public String html() {
        return html;
    }

    public Instant replacedAt() {
        return replacedAt;
    }
}
