package org.agora.problems.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.agora.problems.DomainProblem;

@Provider
public class DomainProblemMapper implements ExceptionMapper<DomainProblem> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(DomainProblem problem) {
        int status = switch (problem.kind()) {
            case UNAUTHENTICATED -> 401;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case TOO_SOON -> 429;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
        };
        var response = Problems.build(status, problem.slug(), problem.title(), problem.detail(), uri,
                problem.extensions());
        if (status == 429 && problem.extensions().get("retryAfterSeconds") != null) {
            response.header(HttpHeaders.RETRY_AFTER, problem.extensions().get("retryAfterSeconds"));
        }
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"agora\", error=\"invalid_token\"");
        }
        return response.build();
    }
}
