package org.agora.moderation.boundary;

/**
 * Who acts on moderation, as the web layer identified them.
 *
 * @param participantId their participant id
 * @param name          their public display name, for the log
 * @param isModerator   a moderator (or an administrator): may work the queue
 * @param isStaff       staff of the platform or an agency (officer, moderator, administrator): their reports open a
 *                      case for moderators but never hide anything by themselves
 */
public record Moderator(long participantId, String name, boolean isModerator, boolean isStaff) {

    /** A participant reporting or appealing as anyone may. */
    public static Moderator participant(long participantId, String name) {
        return new Moderator(participantId, name, false, false);
    }
}
