package org.agora.moderation.control;

/**
 * A flagger's track record, as {@link FlagWeights} sees it.
 *
 * @param agreed    how many of their earlier flags moderators acted on
 * @param disagreed how many of their earlier flags moderators dismissed
 * @param moderator whether they are a moderator (their flags weigh {@link FlagWeights#moderatorWeight()})
 */
public record Flagger(long agreed, long disagreed, boolean moderator) {

    public Flagger {
        if (agreed < 0 || disagreed < 0) {
            throw new IllegalArgumentException("a track record counts flags, it cannot be negative: agreed "
                    + agreed + ", disagreed " + disagreed);
        }
    }

    /** A participant who has never flagged anything before. */
    public static Flagger newcomer() {
        return new Flagger(0, 0, false);
    }

    /** A participant with a track record. */
    public static Flagger citizen(long agreed, long disagreed) {
        return new Flagger(agreed, disagreed, false);
    }

    /** A moderator flagging as a participant would. */
    public static Flagger moderatorFlag() {
        return new Flagger(0, 0, true);
    }
}
