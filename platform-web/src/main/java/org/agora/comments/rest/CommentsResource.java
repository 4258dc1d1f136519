package org.agora.comments.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.comments.boundary.CommentViews.CommentView;
import org.agora.comments.boundary.Comments;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("comments/{id: \\d{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentsResource {

    @Inject
    Comments comments;

    @Inject
    CurrentActor actor;

    @DELETE
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Delete your own comment (a tombstone keeps the thread's shape)")
    public Response delete(@PathParam("id") long id) {
        comments.delete(actor.required(), id);
        return Response.noContent().build();
    }

    /** The new text of a comment. */
    public record Edit(@jakarta.validation.constraints.NotBlank(message = "{agora.required}")
            @jakarta.validation.constraints.Size(max = 20000, message = "{agora.size.max}") String text) {
    }

    @jakarta.ws.rs.PUT
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Edit your own comment while the round is open, within the edit window (30 min)")
    public CommentView edit(@PathParam("id") long id,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull(message = "{agora.body.required}")
            Edit request) {
        return comments.edit(actor.required(), id, request.text());
    }

    @jakarta.ws.rs.GET
    @Path("revisions")
    @jakarta.annotation.security.PermitAll
    @Operation(summary = "A comment's earlier texts, oldest first")
    public java.util.List<org.agora.comments.boundary.CommentViews.RevisionView> revisions(@PathParam("id") long id) {
        return comments.revisions(actor.optional(), id);
    }

    @POST
    @Path("endorsements")
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Endorse someone else's comment (once)")
    public CommentView endorse(@PathParam("id") long id) {
        return comments.endorse(actor.required(), id);
    }
}
