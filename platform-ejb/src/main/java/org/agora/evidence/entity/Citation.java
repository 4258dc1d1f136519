package org.agora.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone points at evidence from something in a round: an uploaded {@link Source} or a web page (its address and
 * title are recorded as given; the page is never fetched). The target is a comment, a paragraph of the round's
 * draft, an idea, a customer-service question, a broadcast update, or the round itself. Citations are not edited: a
 * wrong one is cited again.
 *
 * <p>A citation made on a private question is {@linkplain #confidentialTo confidential}: only the round's staff and
 * the one reader it names (the question's asker) may know it exists.
 */
@Entity
@Table(name = "evidence_citation")
@NamedQuery(name = Citation.OF_SOURCE,
        query = "SELECT c FROM Citation c WHERE c.sourceId = :source ORDER BY c.createdAt, c.id")
@NamedQuery(name = Citation.OF_TARGETS, query = "SELECT c FROM Citation c WHERE c.engagementId = :round"
        + " AND c.targetType = :type ORDER BY c.createdAt, c.id")
public class Citation {

    public static final String OF_SOURCE = "Citation.ofSource";
    /** A round's citations on one kind of target (paragraphs, ideas), for badges beside them. */
    public static final String OF_TARGETS = "Citation.ofTargets";

    public static final int URL_MAX = 2000;
    public static final int TITLE_MAX = 300;
    public static final int QUOTE_MAX = 2000;

    /** What a citation is attached to. */
    public enum TargetType {
        COMMENT("comment"), PARAGRAPH("paragraph"), IDEA("idea"), ROUND("round"), QUESTION("question"),
        UPDATE("update");

        private final String label;

        TargetType(String label) {
            this.label = label;
        }

        /**
         * As stored and shown: {@code comment}, {@code paragraph}, {@code idea}, {@code round}, {@code question},
         * {@code update}.
         */
        public String label() {
            return label;
        }
    }

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    private Long id;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    @Column(length = URL_MAX, updatable = false)
    private String url;

    @Column(name = "url_title", length = TITLE_MAX, updatable = false)
    private String urlTitle;

    @Column(length = QUOTE_MAX, updatable = false)
    private String quote;

    @Column(updatable = false)
    private Integer page;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Column(name = "target_type", nullable = false, length = 16, updatable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false, length = 64, updatable = false)
    private String targetId;

    @Column(name = "comment_id", updatable = false)
    private Long commentId;

    @Column(name = "citer_id", nullable = false, updatable = false)
    private long citerId;

    @Column(name = "citer_name", nullable = false, length = 100, updatable = false)
    private String citerName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private boolean confidential;

    @Column(name = "confidential_reader_id", updatable = false)
    private Long confidentialReaderId;

    protected Citation() {
        // for JPA
    }

    private Citation(Long sourceId, String url, String urlTitle, String quote, Integer page, long engagementId,
            TargetType type, String targetId, Long commentId, long citerId, String citerName, Instant now) {
        if (page != null && page < 1) {
            throw new IllegalArgumentException("pages are counted from 1");
        }
        this.sourceId = sourceId;
        this.url = url;
        this.urlTitle = urlTitle;
        this.quote = blankToNull(quote);
        this.page = page;
        this.engagementId = engagementId;
        this.targetType = type.label();
        this.targetId = Objects.requireNonNull(targetId, "targetId");
        this.commentId = commentId;
        this.citerId = citerId;
        this.citerName = citerName;
        this.createdAt = now;
    }

    /**
     * An uploaded source ({@code sourceId}) or a web page ({@code url}, checked to be http(s) by the caller) cited
     * from a target of the round: a comment or an idea, question or update (by id), a paragraph of the round's draft
     * (by key), or the round ({@code targetId} ignored).
     */
    public static Citation on(TargetType type, String targetId, Long sourceId, String url, String title,
            long roundId, String quote, Integer page, long citerId, String citerName, Instant now) {
        if ((sourceId == null) == (url == null)) {
            throw new IllegalArgumentException("a citation names either an uploaded source or a web page");
        }
        return new Citation(sourceId, url, url == null ? null : blankToNull(title), quote, page, roundId, type,
                type == TargetType.ROUND ? String.valueOf(roundId) : targetId,
                type == TargetType.COMMENT ? Long.valueOf(targetId) : null, citerId, citerName, now);
    }

    /**
     * Makes a citation not yet stored confidential: besides the round's staff, only {@code readerId} (the asker of
     * the private question it is made on) may see it. Returns this citation.
     */
    public Citation confidentialTo(long readerId) {
        if (id != null) {
            throw new IllegalStateException("a stored citation stays as it was made");
        }
        this.confidential = true;
        this.confidentialReaderId = readerId;
        return this;
    }

    /**
     * Whether this viewer may know of the citation: anyone when it is not confidential; otherwise only {@code staff}
     * (of its round, as the owning component defines them) and the named reader. {@code participantId} is empty for
     * anonymous viewers.
     */
    public boolean isReadableBy(Optional<Long> participantId, boolean staff) {
        return !confidential || staff
                || participantId.filter(me -> confidentialReaderId != null && me.longValue() == confidentialReaderId)
                        .isPresent();
    }

    public boolean isConfidential() {
        return confidential;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Optional<Long> sourceId() {
        return Optional.ofNullable(sourceId);
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Optional<String> urlTitle() {
        return Optional.ofNullable(urlTitle);
    }

    public Optional<String> quote() {
        return Optional.ofNullable(quote);
    }

    public Optional<Integer> page() {
        return Optional.ofNullable(page);
    }

    public long engagementId() {
        return engagementId;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public Optional<Long> commentId() {
        return Optional.ofNullable(commentId);
    }

    public long citerId() {
        return citerId;
    }

    public String citerName() {
        return citerName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
