package org.agora.moderation.boundary;

import java.util.Set;

/**
 * Who acts on moderation, as the web layer identified them.
 *
 * @param participantId their participant id
 * @param name          their public display name, for the log
 * @param isModerator   a moderator (or an administrator, or a trainee in their own run): may work the queue
 * @param isStaff       staff of the platform or an agency (officer, moderator, administrator, a trainee in their
 *                      run): their reports open a case for moderators but never hide anything by themselves
 * @param realms        where they act: {@link RoundRules#LIVE} for everyone outside the training sandbox, a training
 *                      run's realm for its trainee and personas (ADR 0009)
 */
public record Moderator(long participantId, String name, boolean isModerator, boolean isStaff, Set<String> realms) {

    public Moderator {
        realms = Set.copyOf(realms);
    }

    /** A participant reporting or appealing as anyone may, in live rounds. */
    public static Moderator participant(long participantId, String name) {
        return new Moderator(participantId, name, false, false, Set.of(RoundRules.LIVE));
    }

    /** Whether they may act on a case or content of this realm. */
    public boolean actsIn(String realm) {
        return realms.contains(realm);
    }
}
