package org.agora.ideas.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.identity.rest.CurrentActor;
import org.agora.ideas.boundary.IdeaDecision;
import org.agora.ideas.boundary.IdeaViews.IdeaView;
import org.agora.ideas.boundary.Ideas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("ideas/{id: \\d{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas")
public class IdeasResource {

    @Inject
    Ideas ideas;

    @Inject
    CurrentActor actor;

    @GET
    @PermitAll
    @Operation(summary = "One idea or amendment, with its diff, status and support")
    public IdeaView idea(@PathParam("id") long id) {
        return ideas.idea(actor.optional(), id);
    }

    @PUT
    @Path("support")
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Support the idea (once per person, while the round is open)")
    public IdeaView support(@PathParam("id") long id) {
        return ideas.support(actor.required(), id);
    }

    @DELETE
    @Path("support")
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Withdraw one's support, while the round is open")
    public IdeaView withdraw(@PathParam("id") long id) {
        return ideas.withdrawSupport(actor.required(), id);
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "The round's agency moves the idea: review, accept, reject, merge or mark a duplicate")
    public IdeaView decide(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") IdeaDecision decision) {
        return ideas.decide(actor.required(), id, decision);
    }
}
