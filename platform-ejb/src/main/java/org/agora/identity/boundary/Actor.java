package org.agora.identity.boundary;

import java.util.Optional;
import java.util.Set;
import org.agora.identity.entity.Role;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;

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

    /**
     * The agency a new item this actor creates belongs to: an officer's own (naming another is refused); an admin
     * must name one.
     */
    public String agencyForNewItem(String requested) {
        boolean named = requested != null && !requested.isBlank();
        if (isAdmin()) {
            if (!named) {
                throw new InvalidField("agency", "is required when an administrator creates this");
            }
            return requested.strip();
        }
        if (!has(Role.AGENCY) || agency.isEmpty()) {
            throw new Forbidden("Your account is not linked to an agency, so you cannot create this.");
        }
        if (named && !requested.strip().equals(agency.get())) {
            throw new Forbidden("You can create this only for your own agency (" + agency.get() + ").");
        }
        return agency.get();
    }

    /**
     * Whether this actor is staff of a round owned by the given agency: its officers, administrators and moderators.
     * Staff see what waits for them there (held contributions, private questions, confidential citations).
     */
    public boolean isStaffOf(String owningAgency) {
        return mayManage(owningAgency) || has(Role.MODERATOR);
    }

    /** Whether this actor may manage items owned by the given agency: its own officers, and admins. */
    public boolean mayManage(String owningAgency) {
        return isAdmin() || (has(Role.AGENCY) && agency.filter(a -> a.equals(owningAgency)).isPresent());
    }
}
