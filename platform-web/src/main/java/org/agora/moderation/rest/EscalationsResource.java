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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.engagements.boundary.Engagements;
import org.agora.identity.rest.CurrentActor;
import org.agora.moderation.boundary.Moderation;
import org.agora.moderation.boundary.ModerationViews.CaseSummary;
import org.agora.moderation.control.CaseAction;
import org.agora.moderation.rest.ModerationRequests.StatementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cases moderators escalated to the agency that owns the round, and the agency's answer. */
@Path("moderation/escalations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class EscalationsResource {

    @Inject
    Moderation moderation;

    @Inject
    Engagements engagements;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"agency", "admin"})
    @Operation(summary = "Cases escalated to my agency, oldest due first")
    public List<CaseSummary> mine() {
        return moderation.escalated(engagements.managedRoundIds(actor.required()));
    }

    @POST
    @Path("{case: \\d{1,18}}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "admin"})
    @Operation(summary = "The agency's answer to an escalated case; the case returns to the moderators' queue")
    public CaseSummary answer(@PathParam("case") long caseId,
            @Valid @NotNull(message = "{agora.body.required}") StatementRequest request) {
        var me = actor.required();
        engagements.requireManagedBy(me, moderation.roundOf(caseId));
        return moderation.decide(Moderators.of(me), caseId, CaseAction.AGENCY_RESPONDS, null, request.statement(),
                null);
    }
}
