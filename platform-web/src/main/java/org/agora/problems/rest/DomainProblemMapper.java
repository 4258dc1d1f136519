package org.agora.problems.rest;

import jakarta.ws.rs.core.Context;
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
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 400;
        };
        return Problems.build(status, problem.slug(), problem.title(), problem.detail(), uri, problem.extensions())
                .build();
    }
}
