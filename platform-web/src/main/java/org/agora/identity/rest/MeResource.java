package org.agora.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.identity.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

    /**
     * Who is signed in, as pages show it. Anonymous visitors get {@code authenticated: false}. {@code training}: for
     * trainees and trainers, the training runs they play and those they may only look at (ADR 0009).
     */
    public record Me(boolean authenticated, Long participantId, String displayName, List<String> roles,
            String agency, Training training) {
    }

    public record Training(List<Long> plays, List<Long> watches) {
    }

    @Inject
    CurrentActor actor;

    @GET
    @PermitAll
    @Operation(summary = "The signed-in participant, or authenticated: false")
    public Me me() {
        return actor.optional()
                .map(a -> new Me(true, a.participantId(), a.displayName(),
                        a.roles().stream().sorted().map(Role::roleName).toList(), a.agency().orElse(null),
                        a.has(Role.TRAINEE) || a.has(Role.TRAINER) ? new Training(
                                a.training().plays().stream().sorted().toList(),
                                a.training().watches().stream().sorted().toList()) : null))
                .orElse(new Me(false, null, null, List.of(), null, null));
    }
}
