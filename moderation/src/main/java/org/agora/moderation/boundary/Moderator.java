package org.agora.moderation.boundary;

/** Who acts on moderation, as the web layer identified them: a participant id, a display name, a moderator flag. */
public record Moderator(long participantId, String name, boolean isModerator) {
}
