package org.agora.broadcasts.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.agora.broadcasts.boundary.NewUpdate;
import org.agora.broadcasts.boundary.UpdateViews.ReachReport;
import org.agora.broadcasts.boundary.UpdateViews.UpdatePage;
import org.agora.broadcasts.boundary.Updates;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements/{round: \\d{1,18}}/updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Broadcasts", description = "Updates an agency publishes in a broadcast round, reactions and reach")
public class RoundUpdatesResource {

    @Inject
    Updates updates;

    @Inject
    CurrentActor actor;

    @Inject
    Readers readers;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Publish an update with its cited sources (officers of the round's agency, admins)",
            description = "Only in BROADCAST rounds that are scheduled or open.")
    public Response post(@PathParam("round") long round,
            @Valid @NotNull(message = "{agora.body.required}") NewUpdate request) {
        var posted = updates.post(actor.required(), round, request);
        var location = uriInfo.getBaseUriBuilder().path("updates").path(String.valueOf(posted.id())).build();
        return Response.created(location).entity(posted).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The round's updates, pinned first, then newest first",
            description = "Each published update on the page counts once per reader and day towards its reach.")
    public UpdatePage list(@PathParam("round") long round,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}", message = "{agora.page}") String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "{agora.page.size}") String size) {
        return updates.page(actor.optional(), round, Integer.parseInt(page), Integer.parseInt(size),
                readers.current());
    }

    @GET
    @Path("reach")
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Unique readers per update and in total (the round's agency, admins)")
    public ReachReport reach(@PathParam("round") long round) {
        return updates.reach(actor.required(), round);
    }
}
