package org.agora.problems.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;

/**
 * HTTP-level refusals raised by JAX-RS itself (unknown path, wrong method, unsupported media type, unreadable body,
 * …). The status and protocol headers such as {@code Allow} and {@code WWW-Authenticate} are kept; the framework's
 * own message is not echoed, since it may contain internals.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

    private static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE,
            HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION);

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return UnexpectedMapper.internal(exception, uri);
        }
        var known = describe(status);
        var builder = Problems.build(status, known.slug(), known.title(), known.detail(), uri, Map.of());
        if (original != null) {
            original.getHeaders().forEach((name, values) -> {
                if (KEPT_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
        }
        return builder.build();
    }

    record Known(String slug, String title, String detail) {
    }

    static Known describe(int status) {
        return switch (status) {
            case 400 -> new Known("malformed-request", "The request could not be read",
                    "The request body or a parameter is not in the expected format. Send JSON that matches the"
                            + " documented schema (see /openapi).");
            case 401 -> new Known("unauthenticated", "Sign-in required",
                    "This request needs a signed-in user or a bearer token.");
            case 403 -> new Known("forbidden", "Not allowed", "Your role does not allow this request.");
            case 404 -> new Known("not-found", "Not found", "There is nothing at this address.");
            case 405 -> new Known("method-not-allowed", "Method not allowed",
                    "This address does not support that HTTP method; the Allow header lists those it does.");
            case 406 -> new Known("not-acceptable", "Not acceptable",
                    "This resource cannot answer in any of the media types your Accept header asks for.");
            case 409 -> new Known("conflict", "Conflict", "The request conflicts with the current state.");
            case 413 -> new Known("too-large", "Request too large", "The request is larger than allowed.");
            case 415 -> new Known("unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json.");
            case 429 -> new Known("rate-limited", "Too many requests",
                    "Slow down; the Retry-After header says when to try again.");
            default -> new Known("http-" + status, "Request refused", null);
        };
    }
}
