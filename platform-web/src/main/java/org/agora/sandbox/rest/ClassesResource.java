package org.agora.sandbox.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.agora.identity.rest.CurrentActor;
import org.agora.sandbox.boundary.Classes;
import org.agora.sandbox.boundary.TrainingViews.ClassSummary;
import org.agora.sandbox.boundary.TrainingViews.ClassView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("training/classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class ClassesResource {

    @Inject
    Classes classes;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("trainer")
    @Operation(summary = "Create a class: {title, scenario, speed, trainees: [user names]}",
            description = "Each trainee then starts their own run of the class from their training page.")
    public Response create(@Valid @NotNull(message = "{agora.body.required}") TrainingRequests.NewClass request) {
        var course = classes.create(actor.required(), request.title(), request.scenario(), request.speed(),
                request.trainees());
        var location = uriInfo.getBaseUriBuilder().path("training/classes").path(String.valueOf(course.id()))
                .build();
        return Response.created(location).entity(course).build();
    }

    @GET
    @RolesAllowed("trainer")
    @Operation(summary = "My classes, newest first, with how many trainees started and finished")
    public List<ClassSummary> mine() {
        return classes.mine(actor.required());
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @RolesAllowed("trainer")
    @Operation(summary = "The cohort table: each trainee's run, progress, score and score per criterion")
    public ClassView get(@PathParam("id") long id) {
        return classes.get(actor.required(), id);
    }

    @GET
    @Path("{id: \\d{1,18}}/csv")
    @Produces("text/csv")
    @RolesAllowed("trainer")
    @Operation(summary = "The cohort table as CSV")
    public Response csv(@PathParam("id") long id) {
        return Response.ok(classes.csv(actor.required(), id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"class-" + id + "-cohort.csv\"").build();
    }

    @POST
    @Path("{id: \\d{1,18}}/reset")
    @RolesAllowed("trainer")
    @Operation(summary = "Reset every run of the class: each trainee starts afresh when ready")
    public ClassView reset(@PathParam("id") long id) {
        return classes.resetAll(actor.required(), id);
    }
}
