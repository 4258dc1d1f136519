package org.agora.problems.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.agora.moderation.boundary.ModerationRefused;

@Provider
public class ModerationRefusedMapper implements ExceptionMapper<ModerationRefused> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ModerationRefused refused) {
        String title = switch (refused.status()) {
            case 404 -> "Not found";
            case 403 -> "Forbidden";
            case 400 -> "Invalid request";
            default -> "Moderation request refused";
        };
        return Problems.build(refused.status(), refused.slug(), title, refused.getMessage(), uri, Map.of()).build();
    }
}
