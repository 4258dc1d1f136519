package org.agora.questions.entity;

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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;

/**
 * A question a citizen asked in a round, and where it stands. The state changes only through the verbs: an officer
 * {@link #claim}s, {@link #release}s and {@link #answer}s; the asker {@link #followUp follows up} or
 * {@link #resolve resolves}. Each verb checks who acts and the current state, and changes nothing when it refuses.
 *
 * <p>Service level: {@code firstDueAt} is when the first answer is due and never changes (the round's figures
 * measure it); {@code dueAt} is when the answer currently owed is due (a follow-up gives it a new one).
 */
@Entity
@Table(name = "service_question")
@NamedQuery(name = Question.OF_ROUND,
        query = "SELECT q FROM Question q WHERE q.engagementId = :round ORDER BY q.id DESC")
public class Question {

    public static final String OF_ROUND = "Question.ofRound";

    /**
     * What moderation did to a public question: nothing; held until a moderator has read it (screening,
     * pre-moderation: the asker and the staff still see it and the staff still answer); hidden (reversibly); removed.
     */
    public enum Moderation { VISIBLE, HELD, HIDDEN, REMOVED }

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "service_question_seq", sequenceName = "service_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_question_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(name = "asker_id", nullable = false)
    private long askerId;

    @Column(name = "asker_name", nullable = false, length = NAME_MAX)
    private String askerName;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "is_public", nullable = false)
    private boolean publicQuestion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Column(name = "waiting_since", nullable = false)
    private Instant waitingSince;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "first_due_at", nullable = false)
    private Instant firstDueAt;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "claimed_by_id")
    private Long claimedById;

    @Column(name = "claimed_by_name", length = NAME_MAX)
    private String claimedByName;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Moderation moderation = Moderation.VISIBLE;

    @Column(name = "moderation_reason", length = 64)
    private String moderationReason;

    @Version
    private long version;

    protected Question() {
        // for JPA
    }

    /**
     * A new question, waiting for an officer, due at {@code dueAt} (computed by the service-level clock). The text
     * itself is the first {@link Message}.
     */
    public Question(long engagementId, long askerId, String askerName, String title, boolean publicQuestion,
            Instant now, Instant dueAt) {
        String t = title == null ? "" : title.strip();
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw new InvalidField("title", "must be between " + TITLE_MIN + " and " + TITLE_MAX + " characters long");
        }
        this.engagementId = engagementId;
        this.askerId = askerId;
        this.askerName = shortName(askerName);
        this.title = t;
        this.publicQuestion = publicQuestion;
        this.state = State.WAITING;
        this.askedAt = stored(now);
        this.waitingSince = askedAt;
        this.lastActivityAt = askedAt;
        this.dueAt = stored(Objects.requireNonNull(dueAt, "dueAt"));
        this.firstDueAt = this.dueAt;
    }

    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String shortName(String name) {
        String n = name == null || name.isBlank() ? "someone" : name.strip();
        return n.length() > NAME_MAX ? n.substring(0, NAME_MAX) : n;
    }

    /** The question's own first message, from the asker. */
    public Message firstMessage(String markdown, String html) {
        return new Message(requireId(), Message.Kind.QUESTION, askerId, askerName, markdown, html, askedAt);
    }

    /** An officer takes the question so that colleagues do not answer it twice; claiming it again is harmless. */
    public void claim(long officerId, String officerName, Instant now) {
        requireNotResolved();
        if (state == State.ANSWERED) {
            throw QuestionRefused.notWaiting(state);
        }
        if (state == State.CLAIMED) {
            if (claimedById == officerId) {
                return;
            }
            throw QuestionRefused.claimedByOther(claimedByName);
        }
        state = State.CLAIMED;
        claimedById = officerId;
        claimedByName = shortName(officerName);
        claimedAt = stored(now);
    }

    /**
     * Gives the question back to the queue. Only the officer who claimed it may, unless {@code override} (an
     * administrator, or an officer taking over from a colleague who is away). Releasing an unclaimed question is
     * harmless.
     */
    public void release(long officerId, boolean override) {
        if (state != State.CLAIMED) {
            return;
        }
        if (claimedById != officerId && !override) {
            throw QuestionRefused.claimedByOther(claimedByName);
        }
        state = State.WAITING;
        clearClaim();
    }

    /**
     * An official answer. Possible while the question waits (or is claimed by this officer), and as a further
     * answer after an earlier one; not once the asker resolved it. The first answer's time is kept for the figures.
     */
    public Message answer(long officerId, String officerName, String markdown, String html, Instant now) {
        requireNotResolved();
        if (state == State.CLAIMED && claimedById != officerId) {
            throw QuestionRefused.claimedByOther(claimedByName);
        }
        Instant at = stored(now);
        if (firstAnsweredAt == null) {
            firstAnsweredAt = at;
        }
        state = State.ANSWERED;
        clearClaim();
        lastActivityAt = at;
        return new Message(requireId(), Message.Kind.ANSWER, officerId, shortName(officerName), markdown, html, at);
    }

    /**
     * The asker asks more after an answer: the question waits for an officer again, with a due time of its own
     * ({@code dueAt}); the first answer's figures stay as they were.
     */
    public Message followUp(long participantId, String markdown, String html, Instant now, Instant newDueAt) {
        requireAsker(participantId, "follow up on");
        requireNotResolved();
        if (state != State.ANSWERED) {
            throw QuestionRefused.notAnswered(state);
        }
        Instant at = stored(now);
        state = State.WAITING;
        waitingSince = at;
        dueAt = stored(Objects.requireNonNull(newDueAt, "newDueAt"));
        lastActivityAt = at;
        return new Message(requireId(), Message.Kind.FOLLOW_UP, askerId, askerName, markdown, html, at);
    }

    /** The asker is satisfied: final. Resolving a resolved question again is harmless. */
    public void resolve(long participantId, Instant now) {
        requireAsker(participantId, "resolve");
        if (state == State.RESOLVED) {
            return;
        }
        if (state != State.ANSWERED) {
            throw QuestionRefused.notAnswered(state);
        }
        state = State.RESOLVED;
        resolvedAt = stored(now);
        lastActivityAt = resolvedAt;
    }

    /** Whether it can become an FAQ entry: it has an official answer. */
    public void requireAnswered() {
        if (firstAnsweredAt == null) {
            throw QuestionRefused.notAnswered(state);
        }
    }

    /**
     * Who may read it: anyone when public; otherwise only the asker and {@code staff} (the round agency's officers,
     * administrators and moderators).
     */
    public boolean isVisibleTo(long participantId, boolean staff) {
        return (publicQuestion && moderation == Moderation.VISIBLE) || staff || askerId == participantId;
    }

    /**
     * A moderator hides (reversibly) or removes a public question: from then on it is seen as a private one is, by
     * its asker (with the reason code) and the round's staff, who still owe the asker an answer.
     */
    public void moderate(Moderation outcome, String reasonCode) {
        this.moderation = Objects.requireNonNull(outcome, "outcome");
        this.moderationReason = outcome == Moderation.VISIBLE ? null : reasonCode;
    }

    /** After removal, for good: the title goes; the asker's messages are purged by {@link Message#purge()}. */
    public void purge() {
        this.moderation = Moderation.REMOVED;
        this.title = "Removed";
    }

    public Moderation moderation() {
        return moderation;
    }

    public Optional<String> moderationReason() {
        return Optional.ofNullable(moderationReason);
    }

    /** An officer owes an answer and its due time has passed. */
    public boolean isBreached(Instant now) {
        return state.awaitsOfficer() && now.isAfter(dueAt);
    }

    /** Whether the first answer came by its due time; empty while there is none. */
    public Optional<Boolean> firstAnsweredWithinSla() {
        return Optional.ofNullable(firstAnsweredAt).map(at -> !at.isAfter(firstDueAt));
    }

    /** Wall-clock time from asking to the first official answer; empty while there is none. */
    public Optional<Duration> firstResponseTime() {
        return Optional.ofNullable(firstAnsweredAt).map(at -> Duration.between(askedAt, at));
    }

    private void requireAsker(long participantId, String what) {
        if (participantId != askerId) {
            throw new Forbidden("Only the person who asked this question can " + what + " it.");
        }
    }

    /** Refuses work on a resolved question (it is final): answering, claiming, adding evidence. */
    public void requireNotResolved() {
        if (state == State.RESOLVED) {
            throw QuestionRefused.resolved();
        }
    }

    private void clearClaim() {
        claimedById = null;
        claimedByName = null;
        claimedAt = null;
    }

    private long requireId() {
        if (id == null) {
            throw new IllegalStateException("persist the question first");
        }
        return id;
    }

    public Long id() {
        return id;
    }

    public long engagementId() {
        return engagementId;
    }

    public long askerId() {
        return askerId;
    }

    public String askerName() {
        return askerName;
    }

    public String title() {
        return title;
    }

    public boolean isPublic() {
        return publicQuestion;
    }

    public State state() {
        return state;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public Instant waitingSince() {
        return waitingSince;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant firstDueAt() {
        return firstDueAt;
    }

    public Optional<Instant> firstAnsweredAt() {
        return Optional.ofNullable(firstAnsweredAt);
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Long> claimedById() {
        return Optional.ofNullable(claimedById);
    }

    public Optional<String> claimedByName() {
        return Optional.ofNullable(claimedByName);
    }

    public long version() {
        return version;
    }
}
