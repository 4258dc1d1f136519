package org.agora.questions.rest;

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
import org.agora.questions.boundary.NewQuestion;
import org.agora.questions.boundary.QuestionViews.QuestionPage;
import org.agora.questions.boundary.Questions;
import org.agora.questions.control.QuestionFigures;
import org.agora.questions.entity.State;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements/{round: \\d{1,18}}/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "Customer-service questions, official answers, service level and FAQ")
public class RoundQuestionsResource {

    @Inject
    Questions questions;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Ask a question in an open customer-service or broadcast round",
            description = "{title, body (Markdown), public (default false: only you and the round's agency see it)}")
    public Response ask(@PathParam("round") long round,
            @Valid @NotNull(message = "{agora.body.required}") NewQuestion request) {
        var asked = questions.ask(actor.required(), round, request);
        var location = uriInfo.getBaseUriBuilder().path("questions").path(String.valueOf(asked.id())).build();
        return Response.created(location).entity(asked).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The round's questions: the whole queue for its agency's officers, administrators and"
            + " moderators; public questions and your own for everyone else. Owed an answer first, soonest due first")
    public QuestionPage list(@PathParam("round") long round,
            @QueryParam("state") @Pattern(regexp = "(?i)waiting|claimed|answered|resolved",
                    message = "{agora.question.state}") String state,
            @QueryParam("breached") @Pattern(regexp = "true|false", message = "{agora.boolean}") String breached,
            @QueryParam("mine") @Pattern(regexp = "true|false", message = "{agora.boolean}") String mine,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}", message = "{agora.page}") String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "{agora.page.size}") String size) {
        return questions.list(actor.optional(), round,
                Optional.ofNullable(state).map(s -> State.valueOf(s.toUpperCase(Locale.ROOT))),
                Optional.ofNullable(breached).map(Boolean::valueOf), Boolean.parseBoolean(mine),
                Integer.parseInt(page), Integer.parseInt(size));
    }

    @GET
    @Path("figures")
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "The round's service figures: asked, answered, open, median first response (wall-clock"
            + " minutes), share answered within the service level, current breaches")
    public QuestionFigures figures(@PathParam("round") long round) {
        return questions.figures(actor.required(), round);
    }
}
