package org.agora.moderation.control;

/** What screening decides about a post before anyone sees it, from least to most severe. */
public enum Verdict {
    /** Published at once. */
    ALLOW,
    /** Kept back until a moderator has looked at it; the author is told why. */
    HOLD,
    /** Not accepted; the author is told why and may rewrite it. */
    REFUSE;

    /** The more severe of this verdict and {@code other}. */
    public Verdict max(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
