package org.agora.comments.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.comments.boundary.OutcomeReport;
import org.agora.comments.boundary.Outcomes;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "You said, we did": a round's outcome report, as JSON and CSV open data. */
@Path("engagements/{round: \\d{1,18}}/outcome")
@RequestScoped
@Tag(name = "Outcomes", description = "What people said and what was done about it")
public class OutcomeResource {

    @Inject
    Outcomes outcomes;

    @Inject
    CurrentActor actor;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The round's outcome report (public once published; its agency can preview a closed round)")
    public OutcomeReport report(@PathParam("round") long round) {
        return outcomes.report(actor.optional(), round);
    }

    @GET
    @Path("csv")
    @PermitAll
    @Produces("text/csv")
    @Operation(summary = "The outcome as CSV open data: one row per thread")
    public Response csv(@PathParam("round") long round) {
        return Response.ok(outcomes.csv(actor.optional(), round), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"round-" + round + "-outcome.csv\"").build();
    }
}
