package org.agora.problems;

/** The addressed item does not exist (or is not visible to the caller). */
public class NotFound extends DomainProblem {

    public NotFound(String what, Object id) {
        this("There is no " + what + " with id " + id + ".");
    }

    public NotFound(String detail) {
        super(Kind.NOT_FOUND, "not-found", "Not found", detail);
    }
}
