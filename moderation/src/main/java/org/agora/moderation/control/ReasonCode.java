package org.agora.moderation.control;

import java.util.Locale;

/**
 * Why something is flagged, or why a moderator restricted it. The same codes serve flags and decisions, so the
 * statistics of "flagged as X" and "actioned as X" line up.
 */
public enum ReasonCode {
    /** Advertising, link farming, the same message posted again and again. */
    SPAM("Spam or advertising"),
    /** Insults, harassment, threats, hateful remarks. */
    ABUSE("Abusive or threatening language"),
    /** Not about the subject of the consultation. */
    OFF_TOPIC("Not about this consultation"),
    /** A false statement of fact likely to mislead others. */
    MISINFORMATION("Misleading or false information"),
    /** Personal information about someone: address, phone number, health, and so on. */
    PRIVACY("Personal information"),
    /** Anything else; the flagger must say what ({@link #requiresDetails()}). */
    OTHER("Something else");

    private final String label;

    ReasonCode(String label) {
        this.label = label;
    }

    /** A short label for people, e.g. {@code Not about this consultation}. */
    public String label() {
        return label;
    }

    /** The name used in URLs, JSON and statistics, e.g. {@code off-topic}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a flag with this code must say in words what is wrong: only {@link #OTHER}, which says nothing itself. */
    public boolean requiresDetails() {
        return this == OTHER;
    }
}
