package org.agora.problems.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;
import org.agora.moderation.control.CaseRefused;

/** A moderation step the case's state or the rules do not allow: 409, or 400/403 where the request itself is at fault. */
@Provider
public class ModerationProblemMapper implements ExceptionMapper<CaseRefused> {

    private static final Set<String> INVALID = Set.of("statement-required", "reason-code-required", "validation");
    private static final Set<String> FORBIDDEN = Set.of("appeal-needs-another-moderator");

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(CaseRefused refused) {
        int status = INVALID.contains(refused.slug()) ? 400 : FORBIDDEN.contains(refused.slug()) ? 403 : 409;
        return Problems.build(status, refused.slug(), "Moderation step refused", refused.getMessage(), uri, Map.of())
                .build();
    }
}
