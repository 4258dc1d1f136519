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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.identity.rest.CurrentActor;
import org.agora.moderation.boundary.Flags;
import org.agora.moderation.boundary.ModerationViews.FlagReceipt;
import org.agora.moderation.control.ReasonCode;
import org.agora.moderation.rest.ModerationRequests.NewFlag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class FlagsResource {

    @Inject
    Flags flags;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // those who take part in live rounds; trainees and trainers practise in the sandbox, not on live content
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Flag a comment (or other content) with a reason; once per item per person",
            description = "A staff member's report (officer, moderator, administrator) opens a case for moderators"
                    + " but never hides the item by itself.")
    public Response flag(@Valid @NotNull(message = "{agora.body.required}") NewFlag request) {
        var receipt = flags.flag(Moderators.of(actor.required()), request.contentType(), request.contentId(),
                ReasonCode.valueOf(request.reason()), request.details());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("mine")
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "trainer", "admin"})
    @Operation(summary = "My flags: that each was received and, later, whether action was taken")
    public List<FlagReceipt> mine() {
        return flags.flagsOf(actor.required().participantId());
    }
}
