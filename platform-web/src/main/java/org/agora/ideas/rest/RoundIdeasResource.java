package org.agora.ideas.rest;

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
import java.util.Locale;
import java.util.Optional;
import org.agora.identity.rest.CurrentActor;
import org.agora.ideas.boundary.IdeaViews.IdeaPage;
import org.agora.ideas.boundary.Ideas;
import org.agora.ideas.boundary.NewIdea;
import org.agora.ideas.entity.Idea;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements/{round: \\d{1,18}}/ideas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas")
public class RoundIdeasResource {

    @Inject
    Ideas ideas;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Propose an idea, or an amendment (proposedText for one paragraph of the round's draft)")
    public Response propose(@PathParam("round") long round,
            @Valid @NotNull(message = "{agora.body.required}") NewIdea request) {
        var idea = ideas.propose(actor.required(), round, request);
        return Response.created(uriInfo.getBaseUriBuilder().path("ideas").path(String.valueOf(idea.id())).build())
                .entity(idea).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The round's ideas and amendments: most supported, newest or oldest first")
    public IdeaPage list(@PathParam("round") long round,
            @QueryParam("status") @Pattern(regexp = "NEW|UNDER_REVIEW|ACCEPTED|REJECTED|MERGED|DUPLICATE",
                    message = "{agora.idea.status}") String status,
            @QueryParam("kind") @Pattern(regexp = "IDEA|AMENDMENT", message = "{agora.idea.kind}") String kind,
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("sort") @DefaultValue("supported")
            @Pattern(regexp = "(?i)supported|newest|oldest", message = "{agora.idea.sort}") String sort,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}", message = "{agora.page}") String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "{agora.page.size}") String size) {
        return ideas.list(actor.optional(), round, Optional.ofNullable(status).map(Idea.Status::valueOf),
                Optional.ofNullable(kind).map(Idea.Kind::valueOf), mine,
                Ideas.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), Integer.parseInt(page), Integer.parseInt(size));
    }
}
