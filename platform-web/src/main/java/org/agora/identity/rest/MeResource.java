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

    /** Who is signed in, as pages show it. Anonymous visitors get {@code authenticated: false}. */
    public record Me(boolean authenticated, Long participantId, String displayName, List<String> roles,
            String agency) {
    }

    @Inject
    CurrentActor actor;

    @GET
    @PermitAll
    @Operation(summary = "The signed-in participant, or authenticated: false")
    public Me me() {
        return actor.optional()
                .map(a -> new Me(true, a.participantId(), a.displayName(),
                        a.roles().stream().sorted().map(Role::roleName).toList(), a.agency().orElse(null)))
                .orElse(new Me(false, null, null, List.of(), null));
    }
}
