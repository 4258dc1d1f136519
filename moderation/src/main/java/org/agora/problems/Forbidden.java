package org.agora.problems;

/** The caller is known but may not do this (e.g. an officer changing another agency's round). */
public class Forbidden extends DomainProblem {

    public Forbidden(String detail) {
        super(Kind.FORBIDDEN, "forbidden", "Not allowed", detail);
    }
}
