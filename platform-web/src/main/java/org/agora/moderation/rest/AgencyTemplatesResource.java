package org.agora.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.agora.identity.boundary.Actor;
import org.agora.identity.rest.CurrentActor;
import org.agora.moderation.boundary.ModerationViews.Template;
import org.agora.moderation.boundary.Templates;
import org.agora.moderation.rest.ModerationRequests.TemplateRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agency's own wording of the response templates its rounds' moderators start from. Officers edit their own
 * agency's; administrators name the agency ({@code ?agency=}).
 */
@Path("moderation/agency-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
@RolesAllowed({"agency", "admin"})
public class AgencyTemplatesResource {

    static final String KEY = "[a-z][a-z0-9-]{0,63}";

    @Inject
    Templates templates;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({"agency", "admin"})
    @Operation(summary = "The templates as my agency's moderators see them: the standard ones in our wording")
    public List<Template> list(@QueryParam("agency") @Size(max = 200, message = "{agora.size.max}") String agency) {
        return templates.of(Optional.of(agency(agency)));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "admin"})
    @Operation(summary = "Word a template in my agency's voice (a new key adds a template); {placeholders} allowed")
    public Template reword(@PathParam("key") @Pattern(regexp = KEY, message = "{agora.template.key}") String key,
            @QueryParam("agency") @Size(max = 200, message = "{agora.size.max}") String agency,
            @Valid @NotNull(message = "{agora.body.required}") TemplateRequest request) {
        return templates.reword(agency(agency), key, request.title(), request.body(), actor.required().displayName());
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed({"agency", "admin"})
    @Operation(summary = "Back to the standard wording (an agency's own addition is removed)")
    public Response restore(@PathParam("key") @Pattern(regexp = KEY, message = "{agora.template.key}") String key,
            @QueryParam("agency") @Size(max = 200, message = "{agora.size.max}") String agency) {
        templates.restore(agency(agency), key);
        return Response.noContent().build();
    }

    /** The officer's own agency; an administrator names one. */
    private String agency(String requested) {
        Actor me = actor.required();
        return me.agencyForNewItem(requested);
    }
}
