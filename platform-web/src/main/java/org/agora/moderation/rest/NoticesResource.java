package org.agora.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.identity.rest.CurrentActor;
import org.agora.moderation.boundary.Appeals;
import org.agora.moderation.boundary.ModerationViews.Notice;
import org.agora.moderation.rest.ModerationRequests.StatementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What authors are told about moderation of their content, and their one appeal. */
@Path("moderation/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class NoticesResource {

    @Inject
    Appeals appeals;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "trainer", "admin"})
    @Operation(summary = "Moderation of my content: what was done, the reason code and statement, whether I can appeal")
    public List<Notice> mine() {
        return appeals.noticesFor(actor.required().participantId());
    }

    @POST
    @Path("{case: \\d{1,18}}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "trainer", "admin"})
    @Operation(summary = "Appeal a decision on my content, once; another moderator decides it")
    public Response appeal(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") StatementRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(appeals.appeal(Moderators.of(actor.required()), caseId, request.statement())).build();
    }
}
