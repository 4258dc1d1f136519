package org.agora.problems;

import java.util.List;
import java.util.Map;

/**
 * A rule about the request's content that plain Bean Validation cannot express (e.g. one date after another).
 * Reported in the same shape as a validation failure, naming the field.
 */
public class InvalidField extends DomainProblem {

    private final String field;

    public InvalidField(String field, String message) {
        super(Kind.INVALID, "validation", "The request is not valid", field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("errors", List.of(Map.of("field", field, "message", detail().substring(field.length() + 2))));
    }
}
