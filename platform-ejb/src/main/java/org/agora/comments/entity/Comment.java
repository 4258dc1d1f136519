package org.agora.comments.entity;

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
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.agora.comments.control.Anchor;

/**
 * A comment in a round: a thread root (depth 1, optionally anchored to a paragraph or passage, with a stance) or a
 * reply (depth 2–3). Deleting keeps a tombstone so the thread keeps its shape.
 */
@Entity
@Table(name = "round_comment")
@NamedQuery(name = Comment.BY_IDEMPOTENCY_KEY,
        query = "SELECT c FROM Comment c WHERE c.authorId = :author AND c.idempotencyKey = :key")
@NamedQuery(name = Comment.LATEST_BY_AUTHOR, query = "SELECT c FROM Comment c"
        + " WHERE c.engagementId = :round AND c.authorId = :author ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = Comment.OF_THREADS,
        query = "SELECT c FROM Comment c WHERE c.rootId IN :roots ORDER BY c.createdAt, c.id")
@NamedQuery(name = Comment.ANCHORED_TO, query = "SELECT c FROM Comment c WHERE c.anchorVersionId = :version"
        + " AND c.anchorStatus = org.agora.comments.entity.Comment.AnchorStatus.ANCHORED")
public class Comment {

    public static final String BY_IDEMPOTENCY_KEY = "Comment.byIdempotencyKey";
    public static final String LATEST_BY_AUTHOR = "Comment.latestByAuthor";
    public static final String OF_THREADS = "Comment.ofThreads";
    public static final String ANCHORED_TO = "Comment.anchoredTo";

    public static final int MAX_DEPTH = 3;

    /**
     * VISIBLE; PENDING (held: pre-moderation or screening, seen by its author only); DELETED by its author
     * (tombstone); HIDDEN by a moderator (reversible, text kept, seen by its author); REMOVED by a moderator (a
     * placeholder with the reason; the text is kept for an appeal until a moderator purges it).
     */
    public enum State { VISIBLE, PENDING, DELETED, HIDDEN, REMOVED }

    public enum Stance { SUPPORT, OPPOSE, NEUTRAL }

    public enum AnchorStatus { GENERAL, ANCHORED, ORPHANED }

    @Id
    @SequenceGenerator(name = "round_comment_seq", sequenceName = "round_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_comment_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "root_id")
    private Long rootId;

    @Column(nullable = false)
    private int depth;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Stance stance;

    @Column(length = 20000)
    private String markdown;

    @Column(length = 80000)
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_status", nullable = false, length = 16)
    private AnchorStatus anchorStatus;

    @Column(name = "anchor_version_id")
    private Long anchorVersionId;

    @Column(name = "paragraph_key", length = 16)
    private String paragraphKey;

    /** The idea this comment discusses (co-development rounds); null for comments on the round and its draft. */
    @Column(name = "idea_id", updatable = false)
    private Long ideaId;

    @Column(name = "quote_exact", length = 2000)
    private String quoteExact;

    @Column(name = "quote_prefix", length = 200)
    private String quotePrefix;

    @Column(name = "quote_suffix", length = 200)
    private String quoteSuffix;

    @Column(name = "quote_position")
    private Integer quotePosition;

    @Column(name = "original_version_id")
    private Long originalVersionId;

    @Column(name = "original_paragraph_key", length = 16)
    private String originalParagraphKey;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Column(nullable = false)
    private int endorsements;

    @Column(name = "disposition_id")
    private Long dispositionId;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private int revisions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean official;

    @Column(name = "moderation_reason", length = 16)
    private String moderationReason;

    @Version
    private long version;

    protected Comment() {
        // for JPA
    }

    /** A new thread in a round, optionally on a paragraph or passage of the round's draft version. */
    public static Comment root(long round, long authorId, String authorName, Stance stance, String markdown,
            String html, boolean held, Long versionId, Anchor anchor, String idempotencyKey, Instant now) {
        var c = new Comment(round, authorId, authorName, markdown, html, held, idempotencyKey, now);
        c.depth = 1;
        c.stance = stance;
        if (anchor != null) {
            c.anchorStatus = AnchorStatus.ANCHORED;
            c.originalVersionId = versionId;
            c.originalParagraphKey = anchor.paragraphKey();
            c.moveTo(versionId, anchor);
        } else {
            c.anchorStatus = AnchorStatus.GENERAL;
        }
        return c;
    }

    /**
     * A reply. Threads are at most {@link #MAX_DEPTH} deep: a reply to a comment at the deepest level joins that
     * comment's parent, so it appears beside it instead of below.
     */
    public static Comment reply(Comment to, long authorId, String authorName, String markdown, String html,
            boolean held, String idempotencyKey, Instant now) {
        var c = new Comment(to.engagementId, authorId, authorName, markdown, html, held, idempotencyKey, now);
        c.parentId = to.depth >= MAX_DEPTH ? to.parentId : to.id;
        c.depth = Math.min(to.depth + 1, MAX_DEPTH);
        c.rootId = to.rootId;
        c.anchorStatus = AnchorStatus.GENERAL;
        c.ideaId = to.ideaId;
        return c;
    }

    private Comment(long round, long authorId, String authorName, String markdown, String html, boolean held,
            String idempotencyKey, Instant now) {
        this.engagementId = round;
        this.authorId = authorId;
        this.authorName = authorName;
        this.markdown = markdown;
        this.html = html;
        this.state = held ? State.PENDING : State.VISIBLE;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Roots are their own thread; called once the id is known. */
    public void becomeThreadRoot() {
        if (depth == 1) {
            rootId = id;
        }
    }

    /** Carries the anchor to a new draft version. */
    public void moveTo(Long versionId, Anchor anchor) {
        this.anchorVersionId = versionId;
        this.paragraphKey = anchor.paragraphKey();
        this.quoteExact = anchor.exact();
        this.quotePrefix = anchor.prefix();
        this.quoteSuffix = anchor.suffix();
        this.quotePosition = anchor.position();
    }

    /** No good place in the new version: keeps its last anchor for the link to where it was. */
    public void orphan() {
        this.anchorStatus = AnchorStatus.ORPHANED;
    }

    /**
     * Replaces the text; the previous text is returned as a revision to keep, so the edit history stays complete.
     */
    public Revision edit(String newMarkdown, String newHtml, Instant now) {
        if (state == State.DELETED) {
            throw new IllegalStateException("a deleted comment cannot be edited");
        }
        var kept = new Revision(id, ++revisions, markdown, html, now);
        this.markdown = newMarkdown;
        this.html = newHtml;
        this.editedAt = now.truncatedTo(ChronoUnit.MICROS);
        return kept;
    }

    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }

    /** Deleted by its author: the text goes, the place in the thread stays. */
    /** A moderator hid or removed the comment; {@code reason} is the reason code readers are shown. */
    public void moderate(State newState, String reason) {
        if (newState != State.HIDDEN && newState != State.REMOVED) {
            throw new IllegalArgumentException("a moderator hides or removes, not " + newState);
        }
        if (state != State.DELETED) {
            this.state = newState;
            this.moderationReason = reason;
        }
    }

    /** A moderator approved the comment (held or hidden before): everyone sees it. */
    public void approve() {
        if (state == State.PENDING || state == State.HIDDEN || state == State.REMOVED) {
            this.state = State.VISIBLE;
            this.moderationReason = null;
        }
    }

    /** A moderator held the comment back again (an approval was undone). */
    public void holdBack() {
        if (state == State.VISIBLE) {
            this.state = State.PENDING;
        }
    }

    /** The text is gone for good (after a removal); the reason stays. */
    public void purge() {
        this.markdown = null;
        this.html = null;
    }

    /** Marks a reply a moderator or agency posted in its official capacity. */
    public void markOfficial() {
        this.official = true;
    }

    public boolean official() {
        return official;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public boolean locked() {
        return locked;
    }

    public Optional<String> moderationReason() {
        return Optional.ofNullable(moderationReason);
    }

    public void deleteByAuthor(Instant now) {
        this.state = State.DELETED;
        this.markdown = null;
        this.html = null;
        this.deletedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Records what the agency did about this comment; a later disposition replaces an earlier one. */
    public void disposed(Disposition disposition) {
        this.dispositionId = disposition.id();
    }

    public Optional<Long> dispositionId() {
        return Optional.ofNullable(dispositionId);
    }

    public void endorsed() {
        endorsements++;
    }

    public boolean isVisibleTo(Long participantId) {
        return state != State.PENDING || (participantId != null && participantId == authorId);
    }

    /** Whether it is listed for this reader: as {@link #isVisibleTo}, and held ones for the round's staff too. */
    public boolean isListedFor(Long participantId, boolean staff) {
        return staff || isVisibleTo(participantId);
    }

    /** A moderator hid or removed it. */
    public boolean isModerated() {
        return state == State.HIDDEN || state == State.REMOVED;
    }

    /** Whether its text may be shown to the participant: listed for them, and if moderated, theirs. */
    public boolean isTextReadableBy(Long participantId) {
        return isVisibleTo(participantId)
                && (!isModerated() || (participantId != null && participantId == authorId));
    }

    public Long id() {
        return id;
    }

    public long engagementId() {
        return engagementId;
    }

    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    public Long rootId() {
        return rootId;
    }

    public int depth() {
        return depth;
    }

    public long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public Optional<Stance> stance() {
        return Optional.ofNullable(stance);
    }

    public Optional<String> markdown() {
        return Optional.ofNullable(markdown);
    }

    /** Makes a new thread a discussion of an idea rather than of the draft (before it is persisted). */
    public void discusses(long idea) {
        if (id != null || depth != 1 || paragraphKey != null) {
            throw new IllegalStateException("only a new, unanchored thread can discuss an idea");
        }
        this.ideaId = idea;
    }

    public Optional<Long> ideaId() {
        return Optional.ofNullable(ideaId);
    }

    public Optional<String> html() {
        return Optional.ofNullable(html);
    }

    public State state() {
        return state;
    }

    public AnchorStatus anchorStatus() {
        return anchorStatus;
    }

    public Optional<Long> anchorVersionId() {
        return Optional.ofNullable(anchorVersionId);
    }

    public Optional<Anchor> anchor() {
        return paragraphKey == null ? Optional.empty()
                : Optional.of(new Anchor(paragraphKey, quoteExact, quotePrefix, quoteSuffix,
                        quotePosition == null ? 0 : quotePosition));
    }

    public Optional<String> originalParagraphKey() {
        return Optional.ofNullable(originalParagraphKey);
    }

    public Optional<Long> originalVersionId() {
        return Optional.ofNullable(originalVersionId);
    }

    public int endorsements() {
        return endorsements;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
