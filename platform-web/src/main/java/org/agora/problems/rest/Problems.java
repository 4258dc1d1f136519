package org.agora.problems.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds problem+json responses; the only place that knows the document's shape. */
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
        if (uri != null) {
            body.put("instance", uri.getRequestUri().getRawPath());
        }
        extensions.forEach(body::putIfAbsent);
        return Response.status(status).type(PROBLEM_JSON).entity(body);
    }
}
