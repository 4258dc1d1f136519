package org.agora.engagements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.agora.problems.InvalidField;

/** Per-round settings that later components (comments, moderation, evidence) honour. */
@Embeddable
public class RoundSettings {

    public static final int MAX_COMMENT_LENGTH_LIMIT = 20_000;
    public static final int SLOW_MODE_LIMIT = 86_400;

    @Column(name = "comments_enabled", nullable = false)
    private boolean commentsEnabled = true;

    @Column(name = "pre_moderation", nullable = false)
    private boolean preModeration;

    @Column(name = "attachments_allowed", nullable = false)
    private boolean attachmentsAllowed = true;

    @Column(name = "max_comment_length", nullable = false)
    private int maxCommentLength = 5000;

    @Column(name = "slow_mode_seconds", nullable = false)
    private int slowModeSeconds;

    protected RoundSettings() {
        // defaults, and for JPA
    }

    public RoundSettings(boolean commentsEnabled, boolean preModeration, boolean attachmentsAllowed,
            int maxCommentLength, int slowModeSeconds) {
        if (maxCommentLength < 100 || maxCommentLength > MAX_COMMENT_LENGTH_LIMIT) {
            throw new InvalidField("settings.maxCommentLength", "must be between 100 and " + MAX_COMMENT_LENGTH_LIMIT);
        }
        if (slowModeSeconds < 0 || slowModeSeconds > SLOW_MODE_LIMIT) {
            throw new InvalidField("settings.slowModeSeconds", "must be between 0 and " + SLOW_MODE_LIMIT);
        }
        this.commentsEnabled = commentsEnabled;
        this.preModeration = preModeration;
        this.attachmentsAllowed = attachmentsAllowed;
        this.maxCommentLength = maxCommentLength;
        this.slowModeSeconds = slowModeSeconds;
    }

    public static RoundSettings defaults() {
        return new RoundSettings();
    }

    public boolean commentsEnabled() {
        return commentsEnabled;
    }

    public boolean preModeration() {
        return preModeration;
    }

    public boolean attachmentsAllowed() {
        return attachmentsAllowed;
    }

    public int maxCommentLength() {
        return maxCommentLength;
    }

    public int slowModeSeconds() {
        return slowModeSeconds;
    }
}
