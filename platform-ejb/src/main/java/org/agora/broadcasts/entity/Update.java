package org.agora.broadcasts.entity;

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
import java.util.Objects;
import java.util.Optional;
import org.agora.problems.InvalidField;

/**
 * An update an agency publishes in a broadcast round: a title and a Markdown text (kept with its sanitised HTML),
 * optionally pinned to the top. Editing keeps it marked as edited with the time; withdrawing keeps it listed as a
 * tombstone (title and the date of withdrawal), so the public record shows that something was said and taken back.
 * Named {@code BroadcastUpdate} for JPQL, where {@code UPDATE} is a keyword.
 */
@Entity(name = "BroadcastUpdate")
@Table(name = "broadcast_update")
@NamedQuery(name = Update.OF_ROUND, query = "SELECT u FROM BroadcastUpdate u WHERE u.engagementId = :round"
        + " ORDER BY u.pinned DESC, u.createdAt DESC, u.id DESC")
@NamedQuery(name = Update.COUNT_OF_ROUND,
        query = "SELECT COUNT(u) FROM BroadcastUpdate u WHERE u.engagementId = :round")
public class Update {

    public static final String OF_ROUND = "BroadcastUpdate.ofRound";
    public static final String COUNT_OF_ROUND = "BroadcastUpdate.countOfRound";

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20000;
    public static final int REASON_MAX = 500;

    /** PUBLISHED (readable, reactable) or WITHDRAWN (a tombstone: title and date only). No way back. */
    public enum State { PUBLISHED, WITHDRAWN }

    @Id
    @SequenceGenerator(name = "broadcast_update_seq", sequenceName = "broadcast_update_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "broadcast_update_seq")
    private Long id;

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TEXT_MAX)
    private String markdown;

    @Column(nullable = false, length = 80000)
    private String html;

    @Column(nullable = false)
    private boolean pinned;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;

    @Version
    private long version;

    protected Update() {
        // for JPA
    }

    /** A published update; {@code html} is the sanitised rendering of {@code markdown}. */
    public Update(long engagementId, long authorId, String authorName, String title, String markdown, String html,
            boolean pinned, Instant now) {
        this.engagementId = engagementId;
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.title = title(title);
        this.markdown = text(markdown);
        this.html = Objects.requireNonNull(html, "html");
        this.pinned = pinned;
        this.state = State.PUBLISHED;
        this.createdAt = stored(now);
    }

    /** New title and text (and pin); marked as edited now. A withdrawn update cannot be edited. */
    public void edit(String newTitle, String newMarkdown, String newHtml, boolean pin, Instant now) {
        requirePublished();
        String t = title(newTitle);
        String m = text(newMarkdown);
        this.title = t;
        this.markdown = m;
        this.html = Objects.requireNonNull(newHtml, "html");
        this.pinned = pin;
        this.editedAt = stored(now);
    }

    /** Takes the update back: it stays listed as "withdrawn on …" with the optional reason, no longer pinned. */
    public void withdraw(String reason, Instant now) {
        requirePublished();
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if (r != null && r.length() > REASON_MAX) {
            throw new InvalidField("reason", "must be at most " + REASON_MAX + " characters long");
        }
        this.state = State.WITHDRAWN;
        this.withdrawnAt = stored(now);
        this.withdrawalReason = r;
        this.pinned = false;
    }

    /** Refuses anything but reading on a withdrawn update. */
    public void requirePublished() {
        if (state == State.WITHDRAWN) {
            throw new UpdateWithdrawn(id, withdrawnAt);
        }
    }

    public boolean isWithdrawn() {
        return state == State.WITHDRAWN;
    }

    private static String title(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField("title", "is required");
        }
        String t = value.strip();
        if (t.length() > TITLE_MAX) {
            throw new InvalidField("title", "must be at most " + TITLE_MAX + " characters long");
        }
        return t;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField("body", "is required");
        }
        String t = value.strip();
        if (t.length() > TEXT_MAX) {
            throw new InvalidField("body", "must be at most " + TEXT_MAX + " characters long");
        }
        return t;
    }

    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public long engagementId() {
        return engagementId;
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

    public boolean pinned() {
        return pinned;
    }

    public State state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> editedAt() {
        return Optional.ofNullable(editedAt);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }

    public long version() {
        return version;
    }
}
