package org.agora.problems;

/** The request could not be applied because someone else changed the item first. */
public class Conflict extends DomainProblem {

    public Conflict(String detail) {
        super(Kind.CONFLICT, "edit-conflict", "Edited by someone else", detail);
    }
}
