package org.agora.moderation.boundary;

import java.util.Optional;

/**
 * The capability "reportable": a component that owns content (comments, ideas, questions, updates) offers its items
 * to moderation through this contract, as a CDI bean. Moderation never imports the owning component.
 */
public interface ContentSource {

    /** The content type this source answers for, e.g. {@code comment}. */
    String type();

    /** The item as moderation should see it now, if it exists and may be reported by {@code viewerId}. */
    Optional<org.agora.moderation.entity.ContentRef> find(long id, long viewerId);
}
