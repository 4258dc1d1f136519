package org.agora.moderation.rest;

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
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agora.identity.rest.CurrentActor;
import org.agora.engagements.boundary.Engagements;
import org.agora.moderation.boundary.Appeals;
import org.agora.moderation.boundary.Decisions;
import org.agora.moderation.boundary.Queue;
import org.agora.moderation.boundary.RoundModeration;
import org.agora.moderation.boundary.Templates;
import org.agora.moderation.entity.ModerationCase.Origin;
import org.agora.moderation.boundary.ModerationViews.BulkResult;
import org.agora.moderation.boundary.ModerationViews.CaseDetail;
import org.agora.moderation.boundary.ModerationViews.CasePage;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.boundary.ModerationViews.PendingCount;
import org.agora.moderation.boundary.ModerationViews.Template;
import org.agora.moderation.boundary.QueueFeed;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.control.CaseState;
import org.agora.moderation.control.ReasonCode;
import org.agora.moderation.rest.ModerationRequests.BulkDecisionRequest;
import org.agora.moderation.rest.ModerationRequests.DecisionRequest;
import org.agora.moderation.rest.ModerationRequests.ReplyRequest;
import org.agora.moderation.rest.ModerationRequests.RulingRequest;
import org.agora.moderation.rest.ModerationRequests.SlowModeRequest;
import org.agora.moderation.rest.ModerationRequests.StatementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderators' queue: cases, claims, decisions with reasons, undo, appeal rulings, slow mode, the live feed. */
@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RolesAllowed({"moderator", "trainee", "admin"})
public class ModerationResource {

    @Inject
    Queue queue;

    @Inject
    Decisions decisions;

    @Inject
    Appeals appeals;

    @Inject
    RoundModeration rounds;

    @Inject
    Templates templates;

    @Inject
    Engagements engagements;

    @Inject
    QueueFeed feed;

    @Inject
    CurrentActor actor;

    @GET
    @Path("cases")
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "The queue: cases by score and age; filter by round, reason, origin (FLAGS, SCREENING,"
            + " PRE_MODERATION) and state (default: waiting)")
    public CasePage queue(
            @QueryParam("round") @Pattern(regexp = "\\d{1,18}", message = "{agora.page}") String round,
            @QueryParam("reason") @Pattern(regexp = ModerationRequests.REASON, message = "{agora.flag.reason}")
            String reason,
            @QueryParam("origin") @Pattern(regexp = "FLAGS|SCREENING|PRE_MODERATION",
                    message = "{agora.moderation.origin}") String origin,
            @QueryParam("state") @Pattern(regexp = "OPEN|CLAIMED|ACTIONED|DISMISSED|ESCALATED|APPEALED|UPHELD"
                    + "|REVERSED|CLOSED", message = "{agora.moderation.state}") String state,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}", message = "{agora.page}")
            String page,
            @QueryParam("size") @DefaultValue("20") @Pattern(regexp = "[1-9]\\d?|100", message = "{agora.page.size}")
            String size) {
        return queue.queue(Moderators.of(actor.required()), new Queue.Filter(Optional.ofNullable(round).map(Long::valueOf),
                Optional.ofNullable(reason).map(ReasonCode::valueOf), Optional.ofNullable(origin).map(Origin::valueOf),
                Optional.ofNullable(state).map(CaseState::valueOf)), Integer.parseInt(page), Integer.parseInt(size));
    }

    @GET
    @Path("cases/{case: \\d{1,18}}")
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "A case: the text as flagged, flags, screening, decisions, appeal and its log")
    public CaseDetail detail(@PathParam("case") long caseId) {
        return queue.detail(Moderators.of(actor.required()), caseId);
    }

    @POST
    @Path("cases/{case: \\d{1,18}}/claim")
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Claim a case (others see who has it)")
    public CaseSummary claim(@PathParam("case") long caseId) {
        return queue.claim(Moderators.of(actor.required()), caseId);
    }

    @POST
    @Path("cases/{case: \\d{1,18}}/release")
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Give a claimed case back to the queue")
    public CaseSummary release(@PathParam("case") long caseId) {
        return queue.release(Moderators.of(actor.required()), caseId);
    }

    @POST
    @Path("cases/{case: \\d{1,18}}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Decide: approve, hide, remove, warn, mute, block, lock the thread, or escalate (to the"
            + " agency or to legal); with reasons")
    public CaseSummary decide(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") DecisionRequest request) {
        return decisions.decide(Moderators.of(actor.required()), caseId, action(request.action()),
                reason(request.reasonCode()), request.statement(), request.days(), request.caseVersion());
    }

    @POST
    @Path("cases/bulk-decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "The same decision on several cases; each is decided or refused on its own")
    public BulkResult bulk(@Valid @NotNull(message = "{agora.body.required}") BulkDecisionRequest request) {
        return decisions.decideAll(Moderators.of(actor.required()), request.caseIds(), action(request.action()),
                reason(request.reasonCode()), request.statement(), request.days());
    }

    @POST
    @Path("cases/{case: \\d{1,18}}/undo")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Undo the decision in force (an audited action with its own statement)")
    public CaseSummary undo(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") StatementRequest request) {
        return decisions.undo(Moderators.of(actor.required()), caseId, request.statement());
    }

    @POST
    @Path("cases/{case: \\d{1,18}}/purge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Purge the text of removed content for good (the removal's reason and the log stay)")
    public CaseSummary purge(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") StatementRequest request) {
        return decisions.purge(Moderators.of(actor.required()), caseId, request.statement());
    }

    @POST
    @Path("cases/{case: \\d{1,18}}/ruling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Rule on the author's appeal: uphold or reverse (not by the moderator who decided)")
    public CaseSummary rule(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") RulingRequest request) {
        return appeals.ruleOnAppeal(Moderators.of(actor.required()), caseId, request.outcome().equals("uphold"),
                request.statement());
    }

    @POST
    @Path("cases/{case: \\d{1,18}}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Post an official reply under the reported content (e.g. an adapted response template)")
    public CaseSummary reply(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") ReplyRequest request) {
        return decisions.reply(Moderators.of(actor.required()), caseId, request.text());
    }

    @GET
    @Path("counts")
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Cases waiting for a moderator, per round")
    public List<PendingCount> counts() {
        return queue.pendingCounts(Moderators.of(actor.required()));
    }

    @GET
    @Path("templates")
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Response templates for common conflict situations, to adapt into a statement or reply;"
            + " with ?round= in the wording of the agency that owns the round")
    public List<Template> templates(@QueryParam("round") @Pattern(regexp = "\\d{1,18}", message = "{agora.page}")
            String round) {
        return templates.of(Optional.ofNullable(round)
                .map(r -> engagements.get(actor.optional(), Long.parseLong(r)).agency()));
    }

    @POST
    @Path("rounds/{round: \\d{1,18}}/slow-mode")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Set slow mode on a round (seconds between posts per person; 0 turns it off)")
    public Response slowMode(@PathParam("round") long round,
            @Valid @NotNull(message = "{agora.body.required}") SlowModeRequest request) {
        rounds.slowMode(Moderators.of(actor.required()), round, request.seconds(), request.statement());
        return Response.noContent().build();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({"moderator", "trainee", "admin"})
    @Operation(summary = "Live queue: a server-sent event for every new or changed case")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        feed.subscribe(sse, sink, Moderators.of(actor.required()));
    }

    private static CaseAction action(String slug) {
        return CaseAction.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static ReasonCode reason(String code) {
        return code == null ? null : ReasonCode.valueOf(code);
    }
}
