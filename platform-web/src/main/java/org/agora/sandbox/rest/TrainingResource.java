package org.agora.sandbox.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.agora.engagements.entity.Mode;
import org.agora.identity.rest.CurrentActor;
import org.agora.sandbox.boundary.Training;
import org.agora.sandbox.boundary.TrainingViews.Debrief;
import org.agora.sandbox.boundary.TrainingViews.MyTraining;
import org.agora.sandbox.boundary.TrainingViews.RunView;
import org.agora.sandbox.boundary.TrainingViews.ScenarioDetail;
import org.agora.sandbox.boundary.TrainingViews.ScenarioSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "The training sandbox: scenarios, runs on a compressed clock, debriefs")
public class TrainingResource {

    @Inject
    Training training;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("scenarios")
    @PermitAll
    @Operation(summary = "The scenario library: key, title, topic, modes, learning goals, length in scenario minutes")
    public List<ScenarioSummary> scenarios() {
        return training.scenarios();
    }

    @GET
    @Path("scenarios/{key}")
    @PermitAll
    @Operation(summary = "A scenario: briefing, rounds, personas, tasks and the rubric it is scored by (the answer"
            + " key per event is shown only in a run's debrief)")
    public ScenarioDetail scenario(@PathParam("key") @Pattern(regexp = TrainingRequests.KEY,
            message = "{agora.training.scenario}") String key) {
        return training.scenario(key);
    }

    @GET
    @Path("mine")
    @RolesAllowed({"trainee", "trainer"})
    @Operation(summary = "My runs (newest first) and the classes I am enrolled in")
    public MyTraining mine() {
        return training.mine(actor.required());
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("trainee")
    @Operation(summary = "Start a run: {scenario, speed} alone, or {class} for my place in a class",
            description = "Creates the run's own rounds (and drafts), open at once on the run's clock, and schedules"
                    + " the personas. 201 with the run: its id, its rounds (ids and pages), its clock.")
    public Response start(@Valid @NotNull(message = "{agora.body.required}") TrainingRequests.NewRun request) {
        var run = training.start(actor.required(), request.scenario(), request.speed(), request.classId());
        var location = uriInfo.getBaseUriBuilder().path("training/runs").path(String.valueOf(run.id())).build();
        return Response.created(location).entity(run).build();
    }

    @GET
    @Path("runs/{id: \\d{1,18}}")
    @RolesAllowed({"trainee", "trainer"})
    @Operation(summary = "A run: state, scenario clock, rounds, what the personas did so far, tasks, score once ended")
    public RunView run(@PathParam("id") long id) {
        return training.get(actor.required(), id);
    }

    @POST
    @Path("runs/{id: \\d{1,18}}/pause")
    @RolesAllowed("trainee")
    @Operation(summary = "Stop the scenario clock (personas wait, deadlines stand still)")
    public RunView pause(@PathParam("id") long id) {
        return training.pause(actor.required(), id);
    }

    @POST
    @Path("runs/{id: \\d{1,18}}/resume")
    @RolesAllowed("trainee")
    @Operation(summary = "Start the scenario clock again")
    public RunView resume(@PathParam("id") long id) {
        return training.resume(actor.required(), id);
    }

    @POST
    @Path("runs/{id: \\d{1,18}}/finish")
    @RolesAllowed("trainee")
    @Operation(summary = "End the run now: it is scored, its rounds close; read the debrief")
    public RunView finish(@PathParam("id") long id) {
        return training.finish(actor.required(), id);
    }

    @POST
    @Path("runs/{id: \\d{1,18}}/reset")
    @RolesAllowed({"trainee", "trainer"})
    @Operation(summary = "Start again: the trainee gets a fresh run at once (the answer); a trainer's reset frees"
            + " the trainee's place in the class")
    public RunView reset(@PathParam("id") long id) {
        return training.reset(actor.required(), id);
    }

    @PUT
    @Path("runs/{id: \\d{1,18}}/mode")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("trainee")
    @Operation(summary = "Answer the scenario's question about the engagement mode")
    public RunView mode(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") TrainingRequests.ModeAnswer request) {
        return training.chooseMode(actor.required(), id, Mode.valueOf(request.mode()));
    }

    @PUT
    @Path("runs/{id: \\d{1,18}}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("trainee")
    @Operation(summary = "Write the engagement plan: goals with numbers, the communities to reach")
    public RunView plan(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") TrainingRequests.Plan request) {
        return training.plan(actor.required(), id, request.text());
    }

    @GET
    @Path("runs/{id: \\d{1,18}}/debrief")
    @RolesAllowed({"trainee", "trainer"})
    @Operation(summary = "The scored debrief: score 0–100 and one score per criterion, each item traceable to an"
            + " event or task with the expected and the actual action (provisional while the run goes on)")
    public Debrief debrief(@PathParam("id") long id) {
        return training.debrief(actor.required(), id);
    }
}
