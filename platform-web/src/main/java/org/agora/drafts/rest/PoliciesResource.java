package org.agora.drafts.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agora.drafts.boundary.DraftViews.DiffView;
import org.agora.drafts.boundary.DraftViews.PolicyDetail;
import org.agora.drafts.boundary.DraftViews.PolicySummary;
import org.agora.drafts.boundary.DraftViews.VersionView;
import org.agora.drafts.boundary.Drafts;
import org.agora.drafts.boundary.NewPolicy;
import org.agora.drafts.boundary.NewVersion;
import org.agora.identity.rest.CurrentActor;
import org.agora.problems.InvalidField;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies and drafts", description = "Iterative policy drafting: versions, paragraphs, diffs")
public class PoliciesResource {

    static final String NUMBER = "{n: [1-9]\\d{0,5}}";

    @Inject
    Drafts drafts;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "admin"})
    @Operation(summary = "Start a policy (public once its first version is published)")
    public Response create(@Valid @NotNull(message = "{agora.body.required}") NewPolicy request) {
        var created = drafts.createPolicy(actor.required(), request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Policies with at least one published version (plus your agency's unpublished ones)")
    public List<PolicySummary> list() {
        return drafts.policies(actor.optional());
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @PermitAll
    @Operation(summary = "A policy with its versions and the rounds held on them, in order")
    public PolicyDetail get(@PathParam("id") long id) {
        return drafts.policy(actor.optional(), id);
    }

    @POST
    @Path("{id: \\d{1,18}}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Publish the next version from pasted Markdown")
    public Response publish(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") NewVersion request) {
        return published(id, drafts.publish(actor.required(), id, request));
    }

    @POST
    @Path("{id: \\d{1,18}}/versions")
    @Consumes({"text/markdown", MediaType.TEXT_PLAIN})
    @RolesAllowed({"agency", "trainee", "admin"})
    @Operation(summary = "Publish the next version from an uploaded Markdown or plain-text file (UTF-8)")
    public Response upload(@PathParam("id") long id,
            @QueryParam("changelog") @Size(max = 4000, message = "{agora.size.max}") String changelog,
            byte[] file) {
        return published(id, drafts.publish(actor.required(), id, new NewVersion(utf8(file), changelog)));
    }

    @GET
    @Path("{id: \\d{1,18}}/versions/" + NUMBER)
    @PermitAll
    @Operation(summary = "One version, paragraph by paragraph, with stable paragraph keys")
    public VersionView version(@PathParam("id") long id, @PathParam("n") int number) {
        return drafts.version(actor.optional(), id, number);
    }

    @GET
    @Path("{id: \\d{1,18}}/diff")
    @PermitAll
    @Operation(summary = "Compare two versions: paragraphs added, removed, changed (word by word) and moved")
    public DiffView diff(@PathParam("id") long id,
            @QueryParam("from") @NotNull(message = "{agora.required}")
            @Pattern(regexp = "[1-9]\\d{0,5}", message = "{agora.version}") String from,
            @QueryParam("to") @NotNull(message = "{agora.required}")
            @Pattern(regexp = "[1-9]\\d{0,5}", message = "{agora.version}") String to) {
        return drafts.diff(actor.optional(), id, Integer.parseInt(from), Integer.parseInt(to));
    }

    private Response published(long policyId, VersionView version) {
        return Response.created(uriInfo.getBaseUriBuilder().path("policies").path(String.valueOf(policyId))
                .path("versions").path(String.valueOf(version.number())).build()).entity(version).build();
    }

    /** Uploaded text must be UTF-8; anything else is refused rather than silently garbled. */
    static String utf8(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidField("file", "is empty");
        }
        if (bytes.length > Drafts.MAX_CHARACTERS * 4L) {
            throw new InvalidField("file", "is too large");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidField("file", "is not UTF-8 text; save it as UTF-8 Markdown or plain text");
        }
    }
}
