package org.agora.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.agora.engagements.boundary.Engagements;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.identity.rest.CurrentActor;
import org.agora.moderation.boundary.ModerationLog;
import org.agora.moderation.boundary.ModerationViews.AuditView;
import org.agora.opendata.control.SpreadsheetCsv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A round's moderation log: moderators see all of it; the owning agency sees it without flaggers' names. */
@Path("engagements/{round: \\d{1,18}}/moderation-log")
@RequestScoped
@Tag(name = "Moderation")
public class ModerationLogResource {

    @Inject
    ModerationLog moderationLog;

    @Inject
    Engagements engagements;

    @Inject
    CurrentActor actor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"moderator", "agency", "trainee", "admin"})
    @Operation(summary = "The round's append-only moderation log (JSON)")
    public List<AuditView> json(@PathParam("round") long round) {
        return entries(round);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @RolesAllowed({"moderator", "agency", "trainee", "admin"})
    @Operation(summary = "The round's moderation log as CSV")
    public Response csv(@PathParam("round") long round) {
        var csv = new SpreadsheetCsv("id", "occurred_at", "action", "actor", "content_type", "content_id", "case_id",
                "state_before", "state_after", "reason_code", "statement");
        for (var e : entries(round)) {
            csv.row(e.id(), e.occurredAt(), e.action(), e.actor(), e.contentType(), e.contentId(), e.caseId(),
                    e.stateBefore(), e.stateAfter(), e.reasonCode(), e.statement());
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"round-" + round + "-moderation-log.csv\"")
                .build();
    }

    private List<AuditView> entries(long round) {
        Actor me = actor.required();
        boolean moderator = me.has(Role.MODERATOR) || me.isAdmin();
        if (!moderator) {
            engagements.requireManagedBy(me, round);
        } else {
            engagements.get(java.util.Optional.of(me), round); // a round they cannot see (a training run's) is 404
        }
        return moderationLog.log(round, !moderator);
    }
}
