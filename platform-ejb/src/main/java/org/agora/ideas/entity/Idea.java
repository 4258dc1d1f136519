package org.agora.ideas.entity;

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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agora.problems.InvalidField;

/**
 * An idea or an amendment in a co-development round. An amendment proposes replacement text for one paragraph of
 * the round's draft version (its base). Officers move it: new → under review → accepted / rejected (with a reason) →
 * merged into a later draft version; a duplicate is folded into another idea. Every step is a verb that checks the
 * current status and changes nothing when it refuses.
 */
@Entity
@Table(name = "idea")
@NamedQuery(name = Idea.STAGED_ON, query = "SELECT i FROM Idea i WHERE i.baseVersionId = :version"
        + " AND i.kind = org.agora.ideas.entity.Idea.Kind.AMENDMENT"
        + " AND i.status = org.agora.ideas.entity.Idea.Status.ACCEPTED ORDER BY i.decidedAt, i.id")
@NamedQuery(name = Idea.ADJUST_SUPPORTERS,
        query = "UPDATE Idea i SET i.supporters = i.supporters + :delta WHERE i.id = :id")
@NamedQuery(name = Idea.SET_SUPPORTERS, query = "UPDATE Idea i SET i.supporters = :count WHERE i.id = :id")
public class Idea {

    public static final String STAGED_ON = "Idea.stagedOn";
    public static final String ADJUST_SUPPORTERS = "Idea.adjustSupporters";
    public static final String SET_SUPPORTERS = "Idea.setSupporters";

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20_000;
    public static final int REASON_MAX = 4000;

    public enum Kind { IDEA, AMENDMENT }

    /**
     * What moderation did: nothing; held until a moderator has read it (screening, pre-moderation); hidden pending
     * review or by a moderator (reversible); removed.
     */
    public enum Moderation { VISIBLE, HELD, HIDDEN, REMOVED }

    public enum Status {
        NEW, UNDER_REVIEW, ACCEPTED, REJECTED, MERGED, DUPLICATE;

        public String label() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    private static final Set<Status> UNDECIDED = EnumSet.of(Status.NEW, Status.UNDER_REVIEW);
    private static final Set<Status> TAKING_VOTES = EnumSet.of(Status.NEW, Status.UNDER_REVIEW, Status.ACCEPTED);

    @Id
    @SequenceGenerator(name = "idea_seq", sequenceName = "idea_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 100, updatable = false)
    private String authorName;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    private String markdown;

    @Column(nullable = false, length = 80_000)
    private String html;

    @Column(name = "paragraph_key", length = 16, updatable = false)
    private String paragraphKey;

    @Column(name = "base_version_id", updatable = false)
    private Long baseVersionId;

    @Column(name = "base_markdown", length = TEXT_MAX, updatable = false)
    private String baseMarkdown;

    @Column(name = "proposed_markdown", length = TEXT_MAX)
    private String proposedMarkdown;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "merged_version_id")
    private Long mergedVersionId;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    /** Kept by bulk updates (see {@link #ADJUST_SUPPORTERS}), so concurrent votes never collide on the version. */
    @Column(nullable = false)
    private int supporters;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Moderation moderation = Moderation.VISIBLE;

    @Column(name = "moderation_reason", length = 64)
    private String moderationReason;

    @Version
    private long version;

    protected Idea() {
        // for JPA
    }

    private Idea(long engagementId, Kind kind, long authorId, String authorName, String title, String markdown,
            String html, Instant now) {
        this.engagementId = engagementId;
        this.kind = kind;
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.title = requireText(title, "title", TITLE_MAX);
        this.markdown = requireText(markdown, "text", TEXT_MAX);
        this.html = Objects.requireNonNull(html, "html");
        this.status = Status.NEW;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** A new idea, optionally about one paragraph of the round's draft. */
    public static Idea propose(long roundId, long authorId, String authorName, String title, String markdown,
            String html, String paragraphKey, Long versionId, Instant now) {
        var idea = new Idea(roundId, Kind.IDEA, authorId, authorName, title, markdown, html, now);
        idea.paragraphKey = paragraphKey;
        idea.baseVersionId = paragraphKey == null ? null : versionId;
        return idea;
    }

    /**
     * An amendment: replacement text for one paragraph of a draft version, with the author's explanation. The
     * replacement must differ from the paragraph as it stands.
     */
    public static Idea amend(long roundId, long authorId, String authorName, String title, String explanation,
            String html, String paragraphKey, long versionId, String currentMarkdown, String proposedMarkdown,
            Instant now) {
        var idea = new Idea(roundId, Kind.AMENDMENT, authorId, authorName, title, explanation, html, now);
        idea.paragraphKey = Objects.requireNonNull(paragraphKey, "paragraphKey");
        idea.baseVersionId = versionId;
        idea.baseMarkdown = Objects.requireNonNull(currentMarkdown, "currentMarkdown");
        idea.proposedMarkdown = requireText(proposedMarkdown, "proposedText", TEXT_MAX);
        if (squeeze(idea.proposedMarkdown).equals(squeeze(currentMarkdown))) {
            throw new InvalidField("proposedText", "is the same as the paragraph; change something to amend it");
        }
        return idea;
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidField(field, "must be at most " + max + " characters");
        }
        return v;
    }

    /** New → under review: an officer has picked it up. */
    public void review(String officer, Instant now) {
        if (status != Status.NEW) {
            throw IdeaRefused.transition("put under review", status);
        }
        decide(Status.UNDER_REVIEW, null, officer, now);
    }

    /** New or under review → accepted; an accepted amendment is staged for the next draft version. */
    public void accept(String reason, String officer, Instant now) {
        if (!UNDECIDED.contains(status)) {
            throw IdeaRefused.transition("accepted", status);
        }
        decide(Status.ACCEPTED, optionalReason(reason), officer, now);
    }

    /** New, under review or accepted (un-staging it) → rejected, always with a reason the author can read. */
    public void reject(String reason, String officer, Instant now) {
        if (!UNDECIDED.contains(status) && status != Status.ACCEPTED) {
            throw IdeaRefused.transition("rejected", status);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "is required when rejecting: tell the author why");
        }
        decide(Status.REJECTED, optionalReason(reason), officer, now);
    }

    /** Accepted → merged: the given draft version contains it. */
    public void merge(long versionId, String officer, Instant now) {
        requireMergeable();
        this.mergedVersionId = versionId;
        decide(Status.MERGED, statusReason, officer, now);
    }

    /** Only an accepted idea can be merged into a version. */
    public void requireMergeable() {
        if (status != Status.ACCEPTED) {
            throw IdeaRefused.transition("marked merged (accept it first)", status);
        }
    }

    /** New or under review → duplicate of another idea of the same round, which keeps the supporters. */
    public void foldInto(Idea target, String officer, Instant now) {
        if (!UNDECIDED.contains(status)) {
            throw IdeaRefused.transition("marked as a duplicate", status);
        }
        if (Objects.equals(target.id, id)) {
            throw new InvalidField("duplicateOf", "names this idea itself");
        }
        if (target.engagementId != engagementId) {
            throw new InvalidField("duplicateOf", "names an idea of another round");
        }
        if (!TAKING_VOTES.contains(target.status)) {
            throw new InvalidField("duplicateOf", "names an idea that is " + target.status.label()
                    + "; fold duplicates into a new, under review or accepted idea");
        }
        this.duplicateOf = target.id;
        decide(Status.DUPLICATE, null, officer, now);
    }

    private void decide(Status next, String reason, String officer, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.decidedBy = officer;
        this.decidedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    private static String optionalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new InvalidField("reason", "must be at most " + REASON_MAX + " characters");
        }
        return reason.strip();
    }

    /** A moderator hides (reversibly) or removes the idea; the reason code is shown in its place. */
    public void moderate(Moderation outcome, String reasonCode) {
        this.moderation = Objects.requireNonNull(outcome, "outcome");
        this.moderationReason = outcome == Moderation.VISIBLE ? null : reasonCode;
    }

    /** After removal, for good: the text is gone, the place in the list (and its decisions) stay. */
    public void purge() {
        this.moderation = Moderation.REMOVED;
        this.title = "Removed";
        this.markdown = "Removed by a moderator.";
        this.html = "<p>Removed by a moderator.</p>";
        if (proposedMarkdown != null) {
            this.proposedMarkdown = "";
        }
    }

    /** Everyone sees a visible idea; a hidden or removed one only its author (with the reason). */
    public boolean isVisibleTo(Long participantId) {
        return moderation == Moderation.VISIBLE || (participantId != null && participantId == authorId);
    }

    /** Whether participants may still give or withdraw support. */
    public void requireTakingVotes() {
        if (!TAKING_VOTES.contains(status)) {
            throw IdeaRefused.closedForVotes(status);
        }
    }

    public boolean isStaged() {
        return kind == Kind.AMENDMENT && status == Status.ACCEPTED;
    }

    public Long id() {
        return id;
    }

    public long engagementId() {
        return engagementId;
    }

    public Kind kind() {
        return kind;
    }

    public long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String title() {
        return title;
    }

    public String markdown() {
        return markdown;
    }

    public String html() {
        return html;
    }

    public Optional<String> paragraphKey() {
        return Optional.ofNullable(paragraphKey);
    }

    public Optional<Long> baseVersionId() {
        return Optional.ofNullable(baseVersionId);
    }

    public Optional<String> baseMarkdown() {
        return Optional.ofNullable(baseMarkdown);
    }

    public Optional<String> proposedMarkdown() {
        return Optional.ofNullable(proposedMarkdown);
    }

    public Status status() {
        return status;
    }

    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<Long> mergedVersionId() {
        return Optional.ofNullable(mergedVersionId);
    }

    public Optional<Long> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public int supporters() {
        return supporters;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Moderation moderation() {
        return moderation;
    }

    public Optional<String> moderationReason() {
        return Optional.ofNullable(moderationReason);
    }
}
