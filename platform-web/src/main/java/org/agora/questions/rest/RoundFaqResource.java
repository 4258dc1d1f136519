package org.agora.questions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.identity.rest.CurrentActor;
import org.agora.questions.boundary.QuestionViews.FaqView;
import org.agora.questions.boundary.Questions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements/{round: \\d{1,18}}/faq")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
public class RoundFaqResource {

    @Inject
    Questions questions;

    @Inject
    CurrentActor actor;

    @GET
    @PermitAll
    @Operation(summary = "The round's frequently asked questions with the agency's answers (never the askers)")
    public List<FaqView> faq(@PathParam("round") long round) {
        return questions.faq(actor.optional(), round);
    }
}
