package org.agora.comments.rest;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.agora.comments.boundary.CommentViews.ParagraphCount;
import org.agora.comments.boundary.CommentViews.ThreadPage;
import org.agora.comments.boundary.Comments;
import org.agora.comments.boundary.NewComment;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements/{round: \\d{1,18}}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Threaded comments on a round, anchored to the draft")
public class RoundCommentsResource {

    @Inject
    Comments comments;

    @Inject
    CurrentActor actor;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Comment on the round, a paragraph or a passage, or reply",
            description = "Send Idempotency-Key to make retries safe: the same key returns the first comment (200)"
                    + " instead of creating another.")
    public Response post(@PathParam("round") long round,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull(message = "{agora.body.required}") NewComment request) {
        var posted = comments.post(actor.required(), round, request, idempotencyKey);
        var location = uriInfo.getBaseUriBuilder().path("comments").path(String.valueOf(posted.comment().id())).build();
        return (posted.created() ? Response.created(location) : Response.ok().location(location))
                .entity(posted.comment()).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Threads of the round, with their replies (newest, oldest or endorsed first)")
    @APIResponse(responseCode = "200", description = "a page of threads",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadPage.class)))
    public Response threads(@PathParam("round") long round,
            @QueryParam("paragraph") @Pattern(regexp = "[a-z0-9]{1,16}", message = "{agora.paragraph}")
            String paragraph,
            @QueryParam("idea") @Pattern(regexp = "\\d{1,18}", message = "{agora.positive}") String idea,
            @QueryParam("sort") @DefaultValue("newest")
            @Pattern(regexp = "(?i)newest|oldest|endorsed", message = "{agora.comment.sort}") String sort,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}", message = "{agora.page}") String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "{agora.page.size}") String size) {
        var viewer = actor.optional();
        var order = Comments.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
        Supplier<Object> render = () -> comments.threads(viewer, round, Optional.ofNullable(paragraph),
                Optional.ofNullable(idea).map(Long::valueOf), order,
                Integer.parseInt(page), Integer.parseInt(size));
        if (viewer.isPresent()) { // what a signed-in person sees depends on them (their held comments, for one)
            return Response.ok(render.get(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        String key = round + "|" + paragraph + "|" + idea + "|" + order + "|" + page + "|" + size;
        byte[] json = pages.page(key, comments.fingerprint(viewer, round), render);
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Inject
    ThreadPages pages;

    @GET
    @Path("counts")
    @PermitAll
    @Operation(summary = "Number of visible threads per paragraph of the round's draft")
    public List<ParagraphCount> counts(@PathParam("round") long round) {
        return comments.countsByParagraph(actor.optional(), round);
    }
}
