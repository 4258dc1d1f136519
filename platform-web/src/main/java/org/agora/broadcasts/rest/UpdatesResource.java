package org.agora.broadcasts.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.broadcasts.boundary.NewUpdate;
import org.agora.broadcasts.boundary.UpdateViews.UpdateView;
import org.agora.broadcasts.boundary.Updates;
import org.agora.broadcasts.entity.Reaction;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("updates/{id: \\d{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Broadcasts")
public class UpdatesResource {

    @Inject
    Updates updates;

    @Inject
    CurrentActor actor;

    @Inject
    Readers readers;

    /** Why an update is withdrawn (optional, shown with the tombstone). */
    public record Withdrawal(@Size(max = 500, message = "{agora.size.max}") String reason) {
    }

    /** A reaction: HELPFUL or NOT_HELPFUL. */
    public record ReactionRequest(@NotNull(message = "{agora.required}")
            @Pattern(regexp = "HELPFUL|NOT_HELPFUL", message = "{agora.broadcast.reaction}") String reaction) {
    }

    @GET
    @PermitAll
    @Operation(summary = "One update (counts once per reader and day towards its reach)")
    public UpdateView get(@PathParam("id") long id) {
        return updates.get(actor.optional(), id, readers.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Edit an update: new title, text, sources and pin; it shows as edited")
    public UpdateView edit(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") NewUpdate request) {
        return updates.edit(actor.required(), id, request);
    }

    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Withdraw an update: it stays listed as withdrawn, without its text")
    public UpdateView withdraw(@PathParam("id") long id, @Valid Withdrawal request) {
        return updates.withdraw(actor.required(), id, request == null ? null : request.reason());
    }

    @PUT
    @Path("reaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "React helpful or not helpful (one reaction per person; a second call changes it)")
    public UpdateView react(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") ReactionRequest request) {
        return updates.react(actor.required(), id, Reaction.Kind.valueOf(request.reaction()));
    }

    @DELETE
    @Path("reaction")
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Remove your reaction")
    public UpdateView unreact(@PathParam("id") long id) {
        return updates.unreact(actor.required(), id);
    }
}
