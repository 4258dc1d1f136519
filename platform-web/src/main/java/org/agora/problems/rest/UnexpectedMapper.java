package org.agora.problems.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort. A body that cannot be parsed into the expected type is the client's mistake (400); anything else
 * is ours: a 500 with an incident id that the server log repeats beside the stack trace, which never leaves the
 * server.
 */
@Provider
public class UnexpectedMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        if (isUnreadableBody(exception)) {
            var known = WebApplicationMapper.describe(400);
            return Problems.build(400, known.slug(), known.title(), known.detail(), uri, Map.of()).build();
        }
        if (causedBy(exception, jakarta.persistence.OptimisticLockException.class)) {
            // two people (or a person and a background job) changed the same thing at the same moment
            return Problems.build(409, "edit-conflict", "Changed at the same moment",
                    "This was changed by someone else while your request was handled. Reload it and try again.", uri,
                    Map.of()).build();
        }
        return internal(exception, uri);
    }

    /** A 500 for a failure on our side; the details go to the log under an incident id. */
    static Response internal(Throwable exception, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + ": unexpected failure", exception);
        return Problems.build(500, "internal", "Something went wrong on our side",
                "The failure has been logged as incident " + incident + ". Please try again later.", uri,
                Map.of("incident", incident)).build();
    }

    static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** JSON that is not well-formed or does not fit the request type (thrown while reading the entity). */
    static boolean isUnreadableBody(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ProcessingException || t instanceof jakarta.json.bind.JsonbException
                    || t instanceof jakarta.json.JsonException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
