package org.agora.moderation.boundary;

import org.agora.moderation.entity.ContentRef;

/**
 * What a moderation step does to a piece of content, fired (synchronously, in the same transaction) for the
 * component that owns it: hide or show it, remove it (kept for an appeal), purge its text for good, lock or unlock
 * its thread. {@code reasonCode} is what readers and the author are told.
 */
public record ContentEffect(ContentRef ref, Effect effect, String reasonCode) {

    public enum Effect { SHOW, HIDE, REMOVE, PURGE, LOCK, UNLOCK }
}
