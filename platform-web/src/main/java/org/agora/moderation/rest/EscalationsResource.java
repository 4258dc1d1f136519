package org.agora.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.agora.engagements.boundary.Engagements;
import org.agora.identity.rest.CurrentActor;
import org.agora.moderation.boundary.Decisions;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.entity.ModerationCase.EscalationLevel;
import org.agora.moderation.rest.ModerationRequests.EscalationRequest;
import org.agora.moderation.rest.ModerationRequests.StatementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cases moderators escalated to the agency that owns the round, or a level higher to the legal team, and their
 * answers. The agency's officers answer both levels for their rounds (the legal team works for the agency); an
 * agency may also send a case it received on to legal.
 */
@Path("moderation/escalations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class EscalationsResource {

    @Inject
    Decisions decisions;

    @Inject
    Engagements engagements;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Cases escalated to my agency (level AGENCY) or to legal (LEGAL), oldest due first")
    public List<CaseSummary> mine(@QueryParam("level") @Pattern(regexp = "(?i)agency|legal",
            message = "{agora.escalation.level}") String level) {
        return decisions.escalated(engagements.managedRoundIds(actor.required()),
                Optional.ofNullable(level).map(l -> EscalationLevel.valueOf(l.toUpperCase(Locale.ROOT))));
    }

    @POST
    @Path("{case: \\d{1,18}}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "The answer to an escalated case (agency or legal); the case returns to the moderators' queue")
    public CaseSummary answer(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") StatementRequest request) {
        var me = actor.required();
        engagements.requireManagedBy(me, decisions.roundOf(caseId));
        return decisions.decide(Moderators.of(me), caseId, CaseAction.AGENCY_RESPONDS, null, request.statement(),
                null, null);
    }

    @POST
    @Path("{case: \\d{1,18}}/legal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Send an escalated case on to the legal team, with its own due time (default 5 days)")
    public CaseSummary toLegal(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") EscalationRequest request) {
        var me = actor.required();
        engagements.requireManagedBy(me, decisions.roundOf(caseId));
        return decisions.decide(Moderators.of(me), caseId, CaseAction.ESCALATE_LEGAL, null, request.statement(),
                request.days(), null);
    }
}
