package org.agora.problems.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Bean Validation failures on a request: 400 listing every invalid field with a message for a person. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ValidationMapper.class.getName());

    @Context
    UriInfo uri;

    /** One invalid field. {@code field} is the JSON member, query parameter or header that was wrong. */
    public record FieldError(String field, String message) {
    }

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        var violations = exception.getConstraintViolations();
        if (violations.stream().anyMatch(ValidationMapper::isReturnValue)) {
            // our own response broke its contract: a server fault, not the client's
            LOG.log(Level.SEVERE, "Response failed validation", exception);
            return UnexpectedMapper.internal(exception, uri);
        }
        var errors = new ArrayList<FieldError>();
        for (var violation : violations) {
            errors.add(new FieldError(field(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid.";
        return Problems.build(400, "validation", "The request is not valid", detail, uri,
                Map.of("errors", List.copyOf(errors))).build();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path of a violation on a resource method is {@code method.parameter[.property…]}. A query parameter is
     * named by the parameter; a body field by the property path inside the body.
     */
    static String field(ConstraintViolation<?> violation) {
        String parameter = null;
        var properties = new ArrayList<String>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null) {
                        properties.add(node.getIndex() != null
                                ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
                    }
                }
                default -> {
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "request";
    }
}
