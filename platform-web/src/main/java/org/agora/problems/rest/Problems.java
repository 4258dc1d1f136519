package org.agora.problems.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds problem+json responses; the only place (with {@link ApiErrors}) that knows the document's shape. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    static final String TYPE_PREFIX = "/problems/";

    private Problems() {
    }

    static Response.ResponseBuilder build(int status, String slug, String title, String detail, UriInfo uri,
            Map<String, Object> extensions) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", TYPE_PREFIX + slug);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        instance(uri).ifPresent(path -> body.put("instance", path));
        extensions.forEach(body::putIfAbsent);
        return Response.status(status).type(PROBLEM_JSON).entity(body);
    }

    /**
     * The request's path, when JAX-RS still knows the request: a mapper may run outside it (a failure raised while
     * the container completes the response), where the injected proxy refuses to answer. The problem is still sent.
     */
    private static java.util.Optional<String> instance(UriInfo uri) {
        if (uri == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(uri.getRequestUri().getRawPath());
        } catch (RuntimeException noRequestHere) {
            return java.util.Optional.empty();
        }
    }
}
