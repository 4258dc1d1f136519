package org.agora.evidence.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.agora.evidence.boundary.Evidence;
import org.agora.evidence.entity.Citation;
import org.agora.evidence.boundary.EvidenceViews.LibraryPage;
import org.agora.evidence.boundary.EvidenceViews.Uploaded;
import org.agora.identity.rest.CurrentActor;
import org.agora.problems.InvalidField;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("engagements/{round: \\d{1,18}}/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "Documents and web pages cited in a round")
public class RoundEvidenceResource {

    /** The header that names an uploaded file, percent-encoded UTF-8 (e.g. {@code R%C3%A9sum%C3%A9.pdf}). */
    public static final String FILE_NAME = "X-File-Name";

    @Inject
    Evidence evidence;

    @Inject
    CurrentActor actor;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Upload a file as evidence, cited from a comment, a paragraph, an idea, a question, an update"
            + " or the round",
            description = "The body is the file itself; its name goes in the X-File-Name header (percent-encoded"
                    + " UTF-8). The type is detected from the bytes. 201 when the file is new, 200 when the same"
                    + " bytes were already known (the existing source is cited again).")
    public Response upload(@PathParam("round") long round,
            @HeaderParam(FILE_NAME) @NotBlank(message = "{agora.required}")
            @Size(max = 1000, message = "{agora.size.max}") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("comment") @Pattern(regexp = "\\d{1,18}", message = "{agora.positive}") String comment,
            @QueryParam("paragraph") @Pattern(regexp = "[a-z0-9]{1,16}", message = "{agora.paragraph}")
            String paragraph,
            @QueryParam("idea") @Pattern(regexp = "\\d{1,18}", message = "{agora.positive}") String idea,
            @QueryParam("question") @Pattern(regexp = "\\d{1,18}", message = "{agora.positive}") String question,
            @QueryParam("update") @Pattern(regexp = "\\d{1,18}", message = "{agora.positive}") String update,
            @QueryParam("page") @Pattern(regexp = "[1-9]\\d{0,5}", message = "{agora.positive}") String page,
            @QueryParam("quote") @Size(max = 2000, message = "{agora.size.max}") String quote,
            InputStream body) {
        Uploaded uploaded = evidence.upload(actor.required(), round, body, percentDecoded(fileName), contentType,
                citedFrom(comment, paragraph, idea, question, update), quote,
                page == null ? null : Integer.valueOf(page));
        var location = uriInfo.getBaseUriBuilder().path("evidence").path(String.valueOf(uploaded.source().id()))
                .build();
        return (uploaded.created() ? Response.created(location) : Response.ok().location(location))
                .entity(uploaded).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The sources cited in the round, with how often; q searches their title and text")
    public LibraryPage library(@PathParam("round") long round,
            @QueryParam("q") @Size(max = 100, message = "{agora.size.max}") String q,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,6}", message = "{agora.page}") String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "{agora.page.size}") String size) {
        return evidence.library(actor.optional(), round, Optional.ofNullable(q), Integer.parseInt(page),
                Integer.parseInt(size));
    }

    /** At most one of comment, paragraph, idea, question and update names what cites the source; none: the round. */
    static Evidence.CitedFrom citedFrom(String comment, String paragraph, String idea, String question,
            String update) {
        long named = java.util.stream.Stream.of(comment, paragraph, idea, question, update)
                .filter(java.util.Objects::nonNull).count();
        if (named > 1) {
            throw new InvalidField("comment", "name at most one of comment, paragraph, idea, question and update");
        }
        if (comment != null) {
            return new Evidence.CitedFrom(Citation.TargetType.COMMENT, comment);
        }
        if (paragraph != null) {
            return new Evidence.CitedFrom(Citation.TargetType.PARAGRAPH, paragraph);
        }
        if (idea != null) {
            return new Evidence.CitedFrom(Citation.TargetType.IDEA, idea);
        }
        if (question != null) {
            return new Evidence.CitedFrom(Citation.TargetType.QUESTION, question);
        }
        if (update != null) {
            return new Evidence.CitedFrom(Citation.TargetType.UPDATE, update);
        }
        return Evidence.CitedFrom.round();
    }

    @GET
    @Path("badges")
    @PermitAll
    @Operation(summary = "Per comment of the round (or with on=paragraph|idea|question|update, per paragraph key or"
            + " idea, question or update id): the sources and web pages cited, with status and verdict; citations on"
            + " private questions only for the round's staff and the asker")
    public java.util.Map<?, java.util.List<org.agora.evidence.boundary.EvidenceViews.Badge>> badges(
            @PathParam("round") long round,
            @QueryParam("on") @DefaultValue("comment")
            @Pattern(regexp = "comment|paragraph|idea|question|update", message = "{agora.evidence.on}") String on) {
        return switch (on) {
            case "paragraph" -> evidence.badgesOn(actor.optional(), round, Citation.TargetType.PARAGRAPH);
            case "idea" -> evidence.badgesOn(actor.optional(), round, Citation.TargetType.IDEA);
            case "question" -> evidence.badgesOn(actor.optional(), round, Citation.TargetType.QUESTION);
            case "update" -> evidence.badgesOn(actor.optional(), round, Citation.TargetType.UPDATE);
            default -> evidence.badgesOn(actor.optional(), round, Citation.TargetType.COMMENT);
        };
    }

    /**
     * A web page cited for a paragraph of the round's draft, an idea, a question, an update, or the round (at most
     * one of them); recorded, never fetched.
     */
    public record NewRoundCitation(
            @jakarta.validation.constraints.NotBlank(message = "{agora.required}")
            @Size(max = 2000, message = "{agora.size.max}") String url,
            @jakarta.validation.constraints.NotBlank(message = "{agora.required}")
            @Size(max = 300, message = "{agora.size.max}") String title,
            @Size(max = 2000, message = "{agora.size.max}") String quote,
            @Pattern(regexp = "[a-z0-9]{1,16}", message = "{agora.paragraph}") String paragraph,
            @jakarta.validation.constraints.Min(value = 1, message = "{agora.min}") Long idea,
            @jakarta.validation.constraints.Min(value = 1, message = "{agora.min}") Long question,
            @jakarta.validation.constraints.Min(value = 1, message = "{agora.min}") Long update) {
    }

    @POST
    @Path("web")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"citizen", "moderator", "agency", "trainee", "admin"})
    @Operation(summary = "Cite a web page (http or https) for a paragraph of the draft, an idea, a question, an update,"
            + " or the round")
    public Response citeWebPage(@PathParam("round") long round,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull(message = "{agora.body.required}")
            NewRoundCitation request) {
        var cited = evidence.cite(actor.required(), round, citedFrom(null, request.paragraph(), text(request.idea()),
                text(request.question()), text(request.update())), request.url(), request.title(), request.quote());
        return Response.status(Response.Status.CREATED).entity(cited).build();
    }

    private static String text(Long id) {
        return id == null ? null : String.valueOf(id);
    }

    /** Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus (this is a header, not a form). */
    static String percentDecoded(String header) {
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '%') {
                if (i + 2 >= header.length() || Character.digit(header.charAt(i + 1), 16) < 0
                        || Character.digit(header.charAt(i + 2), 16) < 0) {
                    throw new InvalidField(FILE_NAME, "must be percent-encoded UTF-8");
                }
                bytes.write(Integer.parseInt(header, i + 1, i + 3, 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidField(FILE_NAME, "must be percent-encoded UTF-8");
        }
    }
}
