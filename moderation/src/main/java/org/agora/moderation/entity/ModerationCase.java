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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.CaseTransitions;
import org.agora.moderation.control.ReasonCode;

/**
 * Everything moderation knows and decided about one piece of content: one case per item, however many flags,
 * holds and decisions it collects. The state follows {@link CaseTransitions}; what the public sees of the content
 * is {@link #contentState()}, kept separately so that, for example, a claimed case can still be auto-hidden.
 */
@Entity
@Table(name = "moderation_case")
@NamedQuery(name = ModerationCase.BY_CONTENT,
        query = "SELECT c FROM ModerationCase c WHERE c.contentType = :type AND c.contentId = :id")
public class ModerationCase {

    public static final String BY_CONTENT = "ModerationCase.byContent";

    /** How the case came to be: reports, screening's hold, or the round's pre-moderation. */
    public enum Origin { FLAGS, SCREENING, PRE_MODERATION }

    /** Who an escalated case waits for: the round's agency, or the legal team (the second level). */
    public enum EscalationLevel { AGENCY, LEGAL }

    /** What the public sees of the content. */
    public enum ContentState { VISIBLE, HELD, HIDDEN, REMOVED }

    @Id
    @SequenceGenerator(name = "moderation_seq", sequenceName = "moderation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_seq")
    private Long id;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(name = "engagement_id", nullable = false)
    private long roundId;

    /** Whose queue it is in: the live queue, or a training run's (ADR 0009). */
    @Column(nullable = false, length = 32, updatable = false)
    private String realm;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(length = ContentRef.MAX_SNAPSHOT)
    private String snapshot;

    @Column(nullable = false, length = 500)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Origin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_state", nullable = false, length = 16)
    private ContentState contentState;

    @Column(nullable = false)
    private double score;

    @Column(name = "flag_count", nullable = false)
    private int flagCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "top_reason", length = 16)
    private ReasonCode topReason;

    @Column(length = 2000)
    private String screening;

    @Column(name = "claimed_by")
    private Long claimedBy;

    @Column(name = "claimed_name", length = 100)
    private String claimedName;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "escalated_due")
    private Instant escalatedDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level", length = 16)
    private EscalationLevel escalationLevel;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ModerationCase() {
        // for JPA
    }

    private ModerationCase(ContentRef ref, String realm, Origin origin, ContentState contentState, Instant now) {
        this.realm = java.util.Objects.requireNonNull(realm, "realm");
        this.contentType = ref.type();
        this.contentId = ref.id();
        this.roundId = ref.roundId();
        this.authorId = ref.authorId();
        this.snapshot = ref.snapshot();
        this.link = ref.link();
        this.origin = origin;
        this.state = CaseState.OPEN;
        this.contentState = contentState;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /** A case opened by the first flag on an item. */
    public static ModerationCase flagged(ContentRef ref, String realm, Instant now) {
        return new ModerationCase(ref, realm, Origin.FLAGS, ContentState.VISIBLE, now);
    }

    /**
     * A case opened because the item was held before anyone saw it: by screening, or by the round's pre-moderation
     * ({@code origin}).
     */
    public static ModerationCase held(ContentRef ref, String realm, Origin origin, String explanation, Instant now) {
        if (origin == Origin.FLAGS) {
            throw new IllegalArgumentException("a held item's case comes from screening or pre-moderation");
        }
        var c = new ModerationCase(ref, realm, origin, ContentState.HELD, now);
        c.explain(explanation);
        return c;
    }

    /**
     * The author changed the item (an edit, a follow-up) and it is held until a moderator has read the new text: the
     * state follows {@link CaseAction#RESUBMIT}. Returns the state before.
     */
    public CaseState resubmitted(ContentRef ref, String explanation, Instant now) {
        var before = apply(CaseAction.RESUBMIT, now);
        snapshot = ref.snapshot();
        contentState = ContentState.HELD;
        explain(explanation);
        return before;
    }

    private void explain(String explanation) {
        screening = explanation.length() > 2000 ? explanation.substring(0, 2000) : explanation;
    }

    /** Applies an action through the state machine; returns the state before it. */
    public CaseState apply(CaseAction action, Instant now) {
        var before = state;
        state = CaseTransitions.next(state, action);
        updatedAt = now;
        return before;
    }

    /** Adds a flag's weight; true when this flag carried the score over {@code threshold} (auto-hide). */
    public boolean addFlag(double weight, ReasonCode reason, double threshold, Instant now) {
        boolean below = score < threshold;
        score += weight;
        flagCount++;
        if (topReason == null) {
            topReason = reason;
        }
        updatedAt = now;
        return below && score >= threshold && contentState == ContentState.VISIBLE;
    }

    public void claim(long moderatorId, String moderatorName) {
        claimedBy = moderatorId;
        claimedName = moderatorName;
    }

    public void release() {
        claimedBy = null;
        claimedName = null;
    }

    public void decidedBy(long moderatorId) {
        decidedBy = moderatorId;
    }

    public void escalateUntil(EscalationLevel level, Instant due) {
        escalationLevel = level;
        escalatedDue = due;
    }

    public void showContent(ContentState newState) {
        contentState = newState;
    }

    /** Removal purges the text moderation kept too: only the reason and the audit entries remain. */
    public void purgeSnapshot() {
        snapshot = null;
    }

    /** Refreshes what moderators see (e.g. the author edited the text after it was flagged). */
    public void refresh(ContentRef ref) {
        if (contentState != ContentState.REMOVED) {
            snapshot = ref.snapshot();
        }
    }

    public ContentRef ref() {
        return new ContentRef(contentType, contentId, snapshot == null ? "" : snapshot, link, authorId, roundId);
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

    public String realm() {
        return realm;
    }

    public long authorId() {
        return authorId;
    }

    public Optional<String> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    public String link() {
        return link;
    }

    public Origin origin() {
        return origin;
    }

    public CaseState state() {
        return state;
    }

    public ContentState contentState() {
        return contentState;
    }

    public double score() {
        return score;
    }

    public int flagCount() {
        return flagCount;
    }

    public Optional<ReasonCode> topReason() {
        return Optional.ofNullable(topReason);
    }

    public Optional<String> screening() {
        return Optional.ofNullable(screening);
    }

    public Optional<Long> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    public Optional<String> claimedName() {
        return Optional.ofNullable(claimedName);
    }

    public Optional<Long> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> escalatedDue() {
        return Optional.ofNullable(escalatedDue);
    }

    public Optional<EscalationLevel> escalationLevel() {
        return Optional.ofNullable(escalationLevel);
    }

    /** The optimistic-lock version: a moderator's decision may name it, so a decision on stale text is refused. */
    public long version() {
        return version;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
