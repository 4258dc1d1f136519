package org.agora.moderation.boundary;

import org.agora.moderation.entity.ContentRef;

/**
 * A moderator answers reported content in public, in their official capacity (typically a response template they
 * adapted): the component that owns the content posts it as a reply marked official, in the same transaction.
 */
public record OfficialReply(ContentRef ref, long moderatorId, String moderatorName, String markdown) {
}
