package org.agora.comments.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.comments.boundary.NewDisposition;
import org.agora.comments.boundary.Outcomes;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements/{round: \\d{1,18}}/dispositions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes")
public class DispositionsResource {

    @Inject
    Outcomes outcomes;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Record what was done with one or more comments: outcome, reason, the answering version")
    public Response record(@PathParam("round") long round,
            @Valid @NotNull(message = "{agora.body.required}") NewDisposition request) {
        return Response.status(Response.Status.CREATED).entity(outcomes.record(actor.required(), round, request))
                .build();
    }
}
