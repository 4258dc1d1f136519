package org.agora.moderation.control;

/**
 * A flagger's track record, as {@link FlagWeights} sees it.
 *
 * @param agreed    how many of their earlier flags moderators acted on
 * @param disagreed how many of their earlier flags moderators dismissed
 * @param staff     whether they report as staff: an agency officer, a moderator or an administrator (their reports
 *                  open a case but weigh nothing toward hiding, see {@link FlagWeights})
 */
public record Flagger(long agreed, long disagreed, boolean staff) {

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

    /** Staff (an officer, a moderator or an administrator) reporting an item. */
    public static Flagger staffReport() {
        return new Flagger(0, 0, true);
    }
}
