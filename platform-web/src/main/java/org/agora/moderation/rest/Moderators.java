package org.agora.moderation.rest;

import java.util.Set;
import java.util.stream.Collectors;
import org.agora.engagements.boundary.ModeratedSettings;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.moderation.boundary.Moderator;
import org.agora.moderation.boundary.RoundRules;

/** The moderation module's view of who is acting (it does not know the identity component). */
final class Moderators {

    private Moderators() {
    }

    /**
     * Live moderators, officers and administrators act in the live realm; a trainee moderates their own training
     * runs' rounds and nothing else (ADR 0009).
     */
    static Moderator of(Actor actor) {
        if (actor.has(Role.TRAINEE) && !actor.has(Role.MODERATOR) && !actor.isAdmin() && !actor.has(Role.AGENCY)) {
            Set<String> runs = actor.training().plays().stream().map(ModeratedSettings::realmOf)
                    .collect(Collectors.toSet());
            return new Moderator(actor.participantId(), actor.displayName(), true, true, runs);
        }
        boolean moderator = actor.has(Role.MODERATOR) || actor.isAdmin();
        return new Moderator(actor.participantId(), actor.displayName(), moderator,
                moderator || actor.has(Role.AGENCY), Set.of(RoundRules.LIVE));
    }
}
