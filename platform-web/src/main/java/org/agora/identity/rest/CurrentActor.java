package org.agora.identity.rest;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.EnumSet;
import java.util.Optional;
import org.agora.identity.boundary.Actor;
import org.agora.identity.boundary.Participants;
import org.agora.identity.entity.Role;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** The actor of the current request, enrolled as a participant on first sight (then remembered for a while). */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    @Inject
    Participants participants;

    @Inject
    RecentEnrolments recent;

    @Inject
    org.agora.sandbox.boundary.Training training;

    private Optional<Actor> actor;

    /** The signed-in actor, if any. */
    public Optional<Actor> optional() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    /** The signed-in actor; resources whose methods are {@code @RolesAllowed} can rely on there being one. */
    public Actor required() {
        return optional().orElseThrow(() -> new NotAuthorizedException("Bearer realm=\"agora\""));
    }

    /** The subject of the current request's token, for rate limiting before enrolment. */
    Optional<String> subject() {
        return claims().map(TokenClaims::subject);
    }

    /**
     * Trainees and trainers also get their place in the training sandbox (ADR 0009): the runs they play and watch,
     * looked up on every request, since runs start and end at any moment.
     */
    private Optional<Actor> resolve() {
        return enrolled().map(a -> a.has(Role.TRAINEE) || a.has(Role.TRAINER) ? a.training(training.whereIs(a)) : a);
    }

    private Optional<Actor> enrolled() {
        return claims().map(claims -> {
            var roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (request.isUserInRole(role.roleName())) {
                    roles.add(role);
                }
            }
            var known = recent.find(claims, roles);
            if (known.isPresent()) {
                return known.get();
            }
            Actor enrolled;
            try {
                enrolled = participants.enroll(claims.subject(), claims.displayName(), claims.agency(), roles);
            } catch (EJBException firstSightRace) {
                // another request enrolled the same person at the same moment; now it exists
                enrolled = participants.enroll(claims.subject(), claims.displayName(), claims.agency(), roles);
            }
            recent.remember(claims, enrolled);
            return enrolled;
        });
    }

    private Optional<TokenClaims> claims() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                && principal.getOidcSecurityContext() != null
                && principal.getOidcSecurityContext().getToken() != null) {
            return Optional.of(TokenClaims.of(principal.getOidcSecurityContext().getToken()));
        }
        return Optional.empty();
    }
}
