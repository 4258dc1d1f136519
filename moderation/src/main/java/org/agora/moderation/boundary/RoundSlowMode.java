package org.agora.moderation.boundary;

/** A moderator set slow mode on a round: one post per {@code seconds} per participant (0 turns it off). */
public record RoundSlowMode(long roundId, int seconds) {
}
