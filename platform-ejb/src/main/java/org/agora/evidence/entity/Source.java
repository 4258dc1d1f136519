package org.agora.evidence.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A document someone uploaded as evidence: its name, what it says about itself, its extracted text and its
 * credibility verdict. Its bytes are stored once by SHA-256 ({@code storageKey}) however often they are uploaded, but
 * who may see a source follows its citations: an upload of bytes someone else uploaded in a place the uploader cannot
 * see (a private question) becomes a source of its own, so it reveals nothing of the other. Its text is extracted
 * after it is stored: RECEIVED, then EXTRACTED or FAILED (or copied from a source with the same bytes). Anyone may
 * cite it; the agency that owns a round where it is cited, and moderators, judge its credibility.
 */
@Entity
@Table(name = "evidence_source")
@NamedQuery(name = Source.BY_SHA256, query = "SELECT s FROM Source s WHERE s.sha256 = :sha256 ORDER BY s.id")
@NamedQuery(name = Source.UNFINISHED, query = "SELECT s FROM Source s"
        + " WHERE (s.status = org.agora.evidence.entity.Source.Status.RECEIVED"
        + " OR (s.status = org.agora.evidence.entity.Source.Status.FAILED AND s.failure = 'CANCELLED'))"
        + " AND s.createdAt < :before ORDER BY s.createdAt, s.id")
public class Source {

    public static final String BY_SHA256 = "Source.bySha256";
    /** Sources whose text was never read: the server stopped before or while extracting it. */
    public static final String UNFINISHED = "Source.unfinished";

    public static final int TITLE_MAX = 500;
    public static final int NOTE_MAX = 2000;

    public enum Status { RECEIVED, EXTRACTED, FAILED }

    /** How far the people who run a round trust the source. */
    public enum Verdict { UNVERIFIED, VERIFIED, DISPUTED }

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "media_type", nullable = false, length = 128, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    /** The sanitised name it had when first uploaded. */
    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "storage_key", nullable = false, length = 80, updatable = false)
    private String storageKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(length = 16)
    private String failure;

    @Column(name = "failure_detail", length = 500)
    private String failureDetail;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(length = TITLE_MAX)
    private String title;

    @Column(length = 500)
    private String author;

    @Column(name = "doc_created")
    private Instant documentCreated;

    @Column(name = "doc_modified")
    private Instant documentModified;

    // not a lazy basic: with EclipseLink's fetch groups, filling a lazily left-out column made the versioned
    // UPDATE fail (OptimisticLockException); screens read summaries by projection instead
    @Column(name = "extracted_text")
    private String text;

    /** Title and text lower-cased, for case-insensitive {@code LIKE}; never shown. */
    @Column(name = "search_text")
    private String searchText;

    @Column(nullable = false)
    private boolean truncated;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Verdict verdict;

    @Column(name = "verdict_note", length = NOTE_MAX)
    private String verdictNote;

    @Column(name = "reviewer_name", length = 100)
    private String reviewerName;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Source() {
        // for JPA
    }

    /** A file just stored under {@code storageKey}, waiting for its text to be extracted. */
    public Source(String sha256, String mediaType, long size, String fileName, String storageKey, Instant now) {
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.sizeBytes = size;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.storageKey = Objects.requireNonNull(storageKey, "storageKey");
        this.status = Status.RECEIVED;
        this.verdict = Verdict.UNVERIFIED;
        this.createdAt = now;
    }

    /** The text and what the document says about itself; a second extraction replaces the first. */
    public void extracted(String text, boolean truncated, Optional<String> title, Optional<String> author,
            Optional<Instant> created, Optional<Instant> modified, OptionalInt pages, Instant now) {
        this.status = Status.EXTRACTED;
        this.failure = null;
        this.failureDetail = null;
        this.text = text == null ? "" : text.replace("\u0000", "");
        this.truncated = truncated;
        this.title = title.map(String::strip).filter(t -> !t.isEmpty()).map(t -> cut(t, TITLE_MAX)).orElse(null);
        this.author = author.map(String::strip).filter(a -> !a.isEmpty()).map(a -> cut(a, 500)).orElse(null);
        this.documentCreated = created.orElse(null);
        this.documentModified = modified.orElse(null);
        this.pageCount = pages.isPresent() ? pages.getAsInt() : null;
        this.searchText = ((this.title == null ? "" : this.title + "\n") + this.text).toLowerCase(Locale.ROOT);
        this.extractedAt = now;
    }

    /** The same bytes were read before, for another source: their text and properties, without reading again. */
    public void extractedAs(Source same, Instant now) {
        if (!same.sha256.equals(sha256)) {
            throw new IllegalArgumentException("source " + same.id + " has other bytes");
        }
        switch (same.status) {
            case EXTRACTED -> extracted(same.text, same.truncated, same.title(), same.author(),
                    same.documentCreated(), same.documentModified(),
                    same.pageCount == null ? OptionalInt.empty() : OptionalInt.of(same.pageCount), now);
            case FAILED -> failed(same.failure, same.failureDetail, now);
            case RECEIVED -> throw new IllegalStateException("source " + same.id + " has not been read yet");
        }
    }

    /** No text could be had; the file stays available for download. */
    public void failed(String reason, String detail, Instant now) {
        this.status = Status.FAILED;
        this.failure = cut(Objects.requireNonNull(reason, "reason"), 16);
        this.failureDetail = detail == null ? null : cut(detail, 500);
        this.extractedAt = now;
    }

    /**
     * Records how credible the source is judged to be. A dispute must say why; any verdict may be changed later
     * (back to UNVERIFIED too).
     *
     * @throws IllegalArgumentException a DISPUTED verdict without a note (the boundary checks first)
     */
    public void judge(Verdict newVerdict, String note, String reviewer, Instant now) {
        String cleanNote = note == null || note.isBlank() ? null : cut(note.strip(), NOTE_MAX);
        if (newVerdict == Verdict.DISPUTED && cleanNote == null) {
            throw new IllegalArgumentException("a disputed source needs a note saying why");
        }
        this.verdict = Objects.requireNonNull(newVerdict, "verdict");
        this.verdictNote = cleanNote;
        this.reviewerName = reviewer;
        this.reviewedAt = now;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return sizeBytes;
    }

    public String fileName() {
        return fileName;
    }

    public String storageKey() {
        return storageKey;
    }

    public Status status() {
        return status;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public Optional<String> failureDetail() {
        return Optional.ofNullable(failureDetail);
    }

    public Optional<Integer> pageCount() {
        return Optional.ofNullable(pageCount);
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    public Optional<Instant> documentCreated() {
        return Optional.ofNullable(documentCreated);
    }

    public Optional<Instant> documentModified() {
        return Optional.ofNullable(documentModified);
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** Title and text lower-cased, as searched. */
    public Optional<String> searchText() {
        return Optional.ofNullable(searchText);
    }

    public Optional<Instant> extractedAt() {
        return Optional.ofNullable(extractedAt);
    }

    public boolean truncated() {
        return truncated;
    }

    public Verdict verdict() {
        return verdict;
    }

    public Optional<String> verdictNote() {
        return Optional.ofNullable(verdictNote);
    }

    public Optional<String> reviewerName() {
        return Optional.ofNullable(reviewerName);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
