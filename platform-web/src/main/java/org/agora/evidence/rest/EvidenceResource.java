package org.agora.evidence.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import org.agora.evidence.boundary.Evidence;
import org.agora.evidence.boundary.EvidenceViews.SourceView;
import org.agora.evidence.control.FileNames;
import org.agora.evidence.entity.Source;
import org.agora.identity.rest.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("evidence/{id: \\d{1,18}}")
@RequestScoped
@Tag(name = "Evidence")
public class EvidenceResource {

    @Inject
    Evidence evidence;

    @Inject
    CurrentActor actor;

    /** A credibility verdict on a source; a DISPUTED one needs a note. */
    public record NewVerdict(
            @NotNull(message = "{agora.required}")
            @Pattern(regexp = "VERIFIED|DISPUTED|UNVERIFIED", message = "{agora.evidence.verdict}") String verdict,
            @Size(max = Source.NOTE_MAX, message = "{agora.size.max}") String note) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A source: status of its extraction, document properties, verdict, where it is cited")
    public SourceView source(@PathParam("id") long id) {
        return evidence.source(actor.optional(), id);
    }

    @GET
    @Path("file")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The file itself, as detected at upload (inline only for PDF, PNG, JPEG and plain text)")
    public Response file(@PathParam("id") long id) {
        var download = evidence.file(actor.optional(), id);
        StreamingOutput body = out -> Files.copy(download.file(), out);
        return Response.ok(body, download.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.size())
                .header("Content-Disposition", FileNames.contentDisposition(download.fileName(),
                        download.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    @POST
    @Path("verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agency", "moderator", "trainee", "admin"})
    @Operation(summary = "Judge a source's credibility (moderators, and officers of a round that cites it)")
    public SourceView judge(@PathParam("id") long id,
            @Valid @NotNull(message = "{agora.body.required}") NewVerdict request) {
        return evidence.judge(actor.required(), id, Source.Verdict.valueOf(request.verdict()), request.note());
    }
}
