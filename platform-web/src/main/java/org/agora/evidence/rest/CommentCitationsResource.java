package org.agora.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.evidence.boundary.Evidence;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("comments/{id: \\d{1,18}}/citations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class CommentCitationsResource {

    @Inject
    Evidence evidence;

    @Inject
    CurrentActor actor;

    /** A web page cited from a comment; the address is recorded, never fetched. */
    public record NewCitation(
            @NotBlank(message = "{agora.required}") @Size(max = 2000, message = "{agora.size.max}") String url,
            @NotBlank(message = "{agora.required}") @Size(max = 300, message = "{agora.size.max}") String title,
            @Size(max = 2000, message = "{agora.size.max}") String quote) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Cite a web page (http or https) from a comment in an open round")
    public Response cite(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") NewCitation request) {
        var cited = evidence.cite(actor.required(), id, request.url(), request.title(), request.quote());
        return Response.status(Response.Status.CREATED).entity(cited).build();
    }
}
