package org.agora.identity.boundary;

import java.util.Optional;
import java.util.Set;
import org.agora.identity.entity.Role;

/**
 * Who performs a use case, as business code sees it: never a token.
 *
 * @param participantId the participant's id; {@code 0} for the platform itself (demo data, timers)
 * @param displayName   public name, used in audit records
 * @param roles         roles granted by the identity provider
 * @param agency        for agency officers, the agency they act for
 */
public record Actor(long participantId, String displayName, Set<Role> roles, Optional<String> agency) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The platform acting on its own behalf, with full rights. */
    public static Actor system(String purpose) {
        return new Actor(0, purpose, Set.of(Role.ADMIN), Optional.empty());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Whether this actor may manage items owned by the given agency: its own officers, and admins. */
    public boolean mayManage(String owningAgency) {
        return isAdmin() || (has(Role.AGENCY) && agency.filter(a -> a.equals(owningAgency)).isPresent());
    }
}
