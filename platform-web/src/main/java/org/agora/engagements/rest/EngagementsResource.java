package org.agora.engagements.rest;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.List;
import org.agora.engagements.boundary.EngagementHistoryEntry;
import org.agora.engagements.boundary.EngagementPage;
import org.agora.engagements.boundary.EngagementQuery;
import org.agora.engagements.boundary.EngagementView;
import org.agora.engagements.boundary.Engagements;
import org.agora.engagements.boundary.NewEngagement;
import org.agora.engagements.boundary.RoundChange;
import org.agora.engagements.entity.Action;
import org.agora.engagements.entity.Mode;
import org.agora.engagements.entity.State;
import org.agora.identity.rest.CurrentActor;
import org.agora.problems.InvalidField;
import org.agora.problems.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement rounds", description = "Rounds in the four modes and their lifecycle")
public class EngagementsResource {

    static final String STATES = "(?i)DRAFT|SCHEDULED|OPEN|CLOSED|OUTCOME_PUBLISHED|ARCHIVED";
    static final String MODES = "(?i)" + NewEngagement.MODES;

    @Inject
    Engagements engagements;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "admin"})
    @Operation(summary = "Create a round (as a draft)",
            description = "Agency officers create rounds for their own agency (agency may be omitted); administrators"
                    + " must name the agency.")
    public Response create(@Valid @NotNull(message = "{agora.body.required}") NewEngagement request) {
        var created = engagements.create(actor.required(), request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(etag(created))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @PermitAll
    @Operation(summary = "One round", description = "Drafts are visible only to their agency's officers and admins.")
    public Response get(@PathParam("id") long id) {
        var view = engagements.get(actor.optional(), id);
        return Response.ok(view).tag(etag(view)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List rounds", description = "Filter by state and mode; sort newest (default) or closing"
            + " (soonest first); paginated, ties broken by id so pages never overlap.")
    public EngagementPage list(
            @QueryParam("state") @Pattern(regexp = STATES, message = "{agora.engagement.state}") String state,
            @QueryParam("mode") @Pattern(regexp = MODES, message = "{agora.engagement.mode}") String mode,
            @QueryParam("sort") @DefaultValue("newest")
            @Pattern(regexp = "(?i)newest|closing", message = "{agora.engagement.sort}") String sort,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = "\\d{1,6}", message = "{agora.page}") String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "{agora.page.size}") String size) {
        var query = new EngagementQuery(
                Optional.ofNullable(state).map(s -> State.valueOf(s.toUpperCase(Locale.ROOT))),
                Optional.ofNullable(mode).map(m -> Mode.valueOf(m.toUpperCase(Locale.ROOT))),
                EngagementQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)),
                Integer.parseInt(page), Integer.parseInt(size));
        return engagements.list(actor.optional(), query);
    }

    @PATCH
    @Path("{id: \\d{1,18}}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Correct a round: title, summary, dates, settings (members left out stay as they are)",
            description = "A new closing time of a round the public can see needs a note, which its pages announce."
                    + " Dates follow the lifecycle: both may change before opening; once open only the closing time,"
                    + " to a time still to come; after closing, neither. Send If-Match to refuse the change if the"
                    + " round changed meanwhile. Every change is in the round's history.")
    public Response change(@PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "{agora.body.required}") RoundChange request) {
        var view = engagements.change(actor.required(), id, request, expectedVersion(ifMatch));
        return Response.ok(view).tag(etag(view)).build();
    }

    @GET
    @Path("{id: \\d{1,18}}/history")
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Who did what to a round, oldest first")
    public List<EngagementHistoryEntry> history(@PathParam("id") long id) {
        return engagements.history(actor.required(), id);
    }

    @POST
    @Path("{id: \\d{1,18}}/{action}")
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Move a round through its lifecycle",
            description = "action is one of schedule, open, close, publish-outcome, archive. Send If-Match with the"
                    + " ETag you read to refuse the change if someone else changed the round meanwhile.")
    public Response perform(@PathParam("id") long id,
            @PathParam("action") @Parameter(description = "schedule | open | close | publish-outcome | archive")
            String action,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var known = Action.ofSlug(action).orElseThrow(() -> new NotFound(
                "There is no lifecycle action '" + action + "'; use schedule, open, close, publish-outcome or"
                        + " archive."));
        var view = engagements.perform(actor.required(), id, known, expectedVersion(ifMatch));
        return Response.ok(view).tag(etag(view)).build();
    }

    private static EntityTag etag(EngagementView view) {
        return new EntityTag(String.valueOf(view.version()));
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        if (!value.matches("\\d{1,18}")) {
            throw new InvalidField(HttpHeaders.IF_MATCH, "must be an ETag this API returned, e.g. \"3\"");
        }
        return Long.parseLong(value);
    }
}
