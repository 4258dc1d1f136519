package org.agora.engagements.boundary;

import java.time.Instant;

/**
 * Who did what to a round, and the state it left the round in. {@code actorId} is absent for the platform;
 * {@code details} says what a change changed; {@code publicNote} is what the public was told about it.
 */
public record EngagementHistoryEntry(String action, String stateAfter, Long actorId, String actorName,
        Instant occurredAt, String details, String publicNote) {
}
