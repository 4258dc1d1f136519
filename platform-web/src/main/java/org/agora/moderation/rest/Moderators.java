package org.agora.moderation.rest;

import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.moderation.boundary.Moderator;

/** The moderation module's view of who is acting (it does not know the identity component). */
final class Moderators {

    private Moderators() {
    }

    static Moderator of(Actor actor) {
        boolean moderator = actor.has(Role.MODERATOR) || actor.isAdmin();
        return new Moderator(actor.participantId(), actor.displayName(), moderator,
                moderator || actor.has(Role.AGENCY));
    }
}
