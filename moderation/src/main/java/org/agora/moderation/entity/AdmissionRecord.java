package org.agora.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One contribution as it was admitted, held or refused: of every kind (comment, reply, edit, idea, question,
 * follow-up …), so screening sees an author's recent activity across all of them. Refused contributions have no
 * item ({@code contentId} 0). The text is kept for the screening window and erased with the item ({@link #forget}).
 */
@Entity
@Table(name = "moderation_admission")
/*
 * Item, text and time of the author's newest 20 admitted or held contributions since a time (screening's input); the
 * limit is a hint, not setMaxResults per call, which would make EclipseLink generate the SQL again on every post.
 */
@NamedQuery(name = AdmissionRecord.RECENT_BY_AUTHOR, query = "SELECT a.contentType, a.contentId, a.text,"
        + " a.admittedAt FROM AdmissionRecord a WHERE a.authorId = :author AND a.admittedAt >= :since"
        + " AND a.verdict <> org.agora.moderation.entity.AdmissionRecord.Verdict.REFUSED"
        + " ORDER BY a.admittedAt DESC, a.id DESC",
        hints = @QueryHint(name = "eclipselink.jdbc.max-rows", value = "20"))
@NamedQuery(name = AdmissionRecord.FORGET, query = "UPDATE AdmissionRecord a SET a.text = NULL"
        + " WHERE a.contentType = :type AND a.contentId = :id")
@NamedQuery(name = AdmissionRecord.OF_CONTENT, query = "SELECT a FROM AdmissionRecord a"
        + " WHERE a.contentType = :type AND a.contentId = :id ORDER BY a.admittedAt, a.id")
public class AdmissionRecord {

    public static final String RECENT_BY_AUTHOR = "AdmissionRecord.recentByAuthor";
    public static final String FORGET = "AdmissionRecord.forget";
    public static final String OF_CONTENT = "AdmissionRecord.ofContent";

    public static final int RULES_MAX = 500;

    /** What became of the contribution. */
    public enum Verdict { ADMITTED, HELD, REFUSED }

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(name = "content_type", nullable = false, length = 32, updatable = false)
    private String contentType;

    @Column(name = "content_id", nullable = false, updatable = false)
    private long contentId;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    /** What was submitted, in the kind's own words ("edit", "follow-up", …), e.g. {@code post} or {@code edit}. */
    @Column(nullable = false, length = 16, updatable = false)
    private String step;

    @Column(length = ContentRef.MAX_SNAPSHOT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Verdict verdict;

    @Column(length = RULES_MAX, updatable = false)
    private String rules;

    @Column(name = "admitted_at", nullable = false, updatable = false)
    private Instant admittedAt;

    protected AdmissionRecord() {
        // for JPA
    }

    public AdmissionRecord(String contentType, long contentId, long roundId, long authorId, String step, String text,
            Verdict verdict, List<String> rules, Instant now) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.contentId = contentId;
        this.roundId = roundId;
        this.authorId = authorId;
        this.step = Objects.requireNonNull(step, "step");
        this.text = text == null || text.length() <= ContentRef.MAX_SNAPSHOT ? text
                : text.substring(0, ContentRef.MAX_SNAPSHOT);
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        String joined = String.join(",", rules);
        this.rules = joined.isEmpty() ? null : joined.length() <= RULES_MAX ? joined : joined.substring(0, RULES_MAX);
        this.admittedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public long id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public long contentId() {
        return contentId;
    }

    public long roundId() {
        return roundId;
    }

    public long authorId() {
        return authorId;
    }

    public String step() {
        return step;
    }

    public Verdict verdict() {
        return verdict;
    }

    public List<String> rules() {
        return rules == null ? List.of() : List.of(rules.split(","));
    }

    public Instant admittedAt() {
        return admittedAt;
    }
}
