package org.agora.api;

import java.util.List;
import java.util.Map;
import org.agora.problems.DomainProblem;

/**
 * A request body that is not what its endpoint reads: not one well-formed JSON value, or a member of the wrong type
 * or out of its range. {@code malformed-request}, like every unreadable body, naming the member in {@code errors}.
 */
public class MalformedBody extends DomainProblem {

    private final String field;

    MalformedBody(String field, String message) {
        super(Kind.INVALID, "malformed-request", "The request could not be read", field + ": " + message);
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
