package org.agora.moderation.boundary;

import org.agora.moderation.entity.ContentRef;

/**
 * The owning component's half of an admission: store the item (or the change to it), held back or visible as
 * moderation says, in the same transaction, and return it as moderation should see it.
 */
@FunctionalInterface
public interface Storing {

    /** @param held whether the item must be kept from others until a moderator approves it */
    ContentRef store(boolean held);
}
