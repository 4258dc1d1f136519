package org.agora.moderation.boundary;

import java.time.Instant;
import java.util.Map;
import org.agora.problems.DomainProblem;

/**
 * A moderator muted or blocked the participant: they may read, but not take part (a mute stops public posts for a
 * while; a block stops posting, reporting and supporting, for a while or for good). The decision is in their
 * moderation notices, where they can appeal it.
 */
public class ContributorRestricted extends DomainProblem {

    private final Instant until;

    private ContributorRestricted(String slug, String title, String detail, Instant until) {
        super(Kind.FORBIDDEN, slug, title, detail);
        this.until = until;
    }

    public static ContributorRestricted muted(Instant until) {
        return new ContributorRestricted("muted", "You are muted", "A moderator muted you until " + until
                + "; you can read but not post until then. Your moderation notices say why and how to appeal.",
                until);
    }

    /** {@code until} null: for good. */
    public static ContributorRestricted blocked(Instant until) {
        return new ContributorRestricted("blocked", "You are blocked", (until == null
                ? "A moderator blocked your account"
                : "A moderator blocked your account until " + until)
                + ": you can read, but not post, report or support. You can still ask the agency a private"
                + " question. Your moderation notices say why and how to appeal.", until);
    }

    @Override
    public Map<String, Object> extensions() {
        if (until == null) {
            return Map.of();
        }
        return Map.of("muted".equals(slug()) ? "mutedUntil" : "blockedUntil", until.toString());
    }
}
