package org.agora.ideas.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.identity.rest.CurrentActor;
import org.agora.ideas.boundary.IdeaViews.StagedDraft;
import org.agora.ideas.boundary.Ideas;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("policies/{id: \\d{1,18}}/staged-draft")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ideas")
public class StagedDraftResource {

    @Inject
    Ideas ideas;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "The latest version with every accepted amendment applied, to review and publish")
    public StagedDraft staged(@PathParam("id") long id) {
        return ideas.staged(actor.required(), id);
    }
}
