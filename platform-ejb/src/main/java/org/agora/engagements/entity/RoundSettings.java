package org.agora.engagements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.agora.problems.InvalidField;

/** Per-round settings that later components (comments, moderation, evidence) honour. */
@Embeddable
public class RoundSettings {

    public static final int MAX_COMMENT_LENGTH_LIMIT = 20_000;
    public static final int SLOW_MODE_LIMIT = 86_400;
    public static final int DEFAULT_AUTO_HIDE_THRESHOLD = 3;
    public static final int AUTO_HIDE_THRESHOLD_LIMIT = 20;
    public static final int DEFAULT_SLA_WORKING_HOURS = 16;
    public static final int DEFAULT_MAX_UPLOAD_MEGABYTES = 20;
    public static final int MAX_UPLOAD_MEGABYTES_LIMIT = 100;
    public static final int SLA_WORKING_HOURS_LIMIT = 720;

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

    /** Flag weight that hides an item pending review (newcomers' flags weigh 1, trusted flaggers' more). */
    @Column(name = "auto_hide_threshold", nullable = false)
    private int autoHideThreshold = DEFAULT_AUTO_HIDE_THRESHOLD;

    /** Service level of customer-service and broadcast questions: working hours until an answer is due. */
    @Column(name = "sla_working_hours", nullable = false)
    private int slaWorkingHours = DEFAULT_SLA_WORKING_HOURS;

    /** Largest evidence file the round takes, in megabytes (1 MB = 1,048,576 bytes). */
    @Column(name = "max_upload_megabytes", nullable = false)
    private int maxUploadMegabytes = DEFAULT_MAX_UPLOAD_MEGABYTES;

    protected RoundSettings() {
        // defaults, and for JPA
    }

    public RoundSettings(boolean commentsEnabled, boolean preModeration, boolean attachmentsAllowed,
            int maxCommentLength, int slowModeSeconds, int autoHideThreshold, int slaWorkingHours) {
        if (slaWorkingHours < 1 || slaWorkingHours > SLA_WORKING_HOURS_LIMIT) {
            throw new InvalidField("settings.slaWorkingHours", "must be between 1 and " + SLA_WORKING_HOURS_LIMIT);
        }
        this.slaWorkingHours = slaWorkingHours;
        if (autoHideThreshold < 1 || autoHideThreshold > AUTO_HIDE_THRESHOLD_LIMIT) {
            throw new InvalidField("settings.autoHideThreshold", "must be between 1 and " + AUTO_HIDE_THRESHOLD_LIMIT);
        }
        this.autoHideThreshold = autoHideThreshold;
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

    public int autoHideThreshold() {
        return autoHideThreshold;
    }

    public int slaWorkingHours() {
        return slaWorkingHours;
    }

    public int maxUploadMegabytes() {
        return maxUploadMegabytes;
    }

    /** These settings with another upload limit (1 to {@value #MAX_UPLOAD_MEGABYTES_LIMIT} MB). */
    public RoundSettings withMaxUploadMegabytes(int megabytes) {
        if (megabytes < 1 || megabytes > MAX_UPLOAD_MEGABYTES_LIMIT) {
            throw new InvalidField("settings.maxUploadMegabytes", "must be between 1 and "
                    + MAX_UPLOAD_MEGABYTES_LIMIT);
        }
        var copy = copy(slowModeSeconds);
        copy.maxUploadMegabytes = megabytes;
        return copy;
    }

    /** These settings with another slow mode (0 to {@value #SLOW_MODE_LIMIT} s between one person's comments). */
    public RoundSettings withSlowModeSeconds(int seconds) {
        return copy(seconds);
    }

    /** Every setting as it is (checked again by the constructor), except slow mode. */
    private RoundSettings copy(int slowMode) {
        var copy = new RoundSettings(commentsEnabled, preModeration, attachmentsAllowed, maxCommentLength, slowMode,
                autoHideThreshold, slaWorkingHours);
        copy.maxUploadMegabytes = maxUploadMegabytes;
        return copy;
    }
}
