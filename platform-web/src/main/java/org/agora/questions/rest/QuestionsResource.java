package org.agora.questions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.agora.identity.rest.CurrentActor;
import org.agora.questions.boundary.NewFaqEntry;
import org.agora.questions.boundary.QuestionViews.QuestionView;
import org.agora.questions.boundary.Questions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("questions/{id: \\d{1,18}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
public class QuestionsResource {

    @Inject
    Questions questions;

    @Inject
    CurrentActor actor;

    /** A message: an answer or a follow-up, in Markdown. */
    public record Text(@NotBlank(message = "{agora.required}")
            @Size(max = Questions.ANSWER_MAX, message = "{agora.size.max}") String body) {
    }

    @GET
    @PermitAll
    @Operation(summary = "One question with its conversation (private ones only for the asker and the round's staff)")
    public QuestionView get(@PathParam("id") long id) {
        return questions.get(actor.optional(), id);
    }

    @POST
    @Path("claim")
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Take the question (officers of the round's agency); claiming it again is harmless")
    public QuestionView claim(@PathParam("id") long id) {
        return questions.claim(actor.required(), id);
    }

    @POST
    @Path("release")
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Give a claimed question back to the queue (the officer who claimed it, or an administrator)")
    public QuestionView release(@PathParam("id") long id) {
        return questions.release(actor.required(), id);
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Give the official answer {body}")
    public QuestionView answer(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") Text request) {
        return questions.answer(actor.required(), id, request.body());
    }

    @POST
    @Path("follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("citizen")
    @Operation(summary = "Ask more after an answer {body} (the asker, while the round is open)")
    public QuestionView followUp(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") Text request) {
        return questions.followUp(actor.required(), id, request.body());
    }

    @POST
    @Path("resolve")
    @RolesAllowed("citizen")
    @Operation(summary = "Mark your answered question resolved; resolving again is harmless")
    public QuestionView resolve(@PathParam("id") long id) {
        return questions.resolve(actor.required(), id);
    }

    @POST
    @Path("faq")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Publish an answered question in the round's FAQ {question, answer}, reworded as needed;"
            + " publishing again rewords the entry (200)")
    public Response publishFaq(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") NewFaqEntry request) {
        var published = questions.publishFaq(actor.required(), id, request);
        return Response.status(published.created() ? 201 : 200).entity(published.entry()).build();
    }
}
