package org.agora.sandbox.control;

import org.agora.problems.DomainProblem;

/** A training step the run's or class's state, or the request, does not allow. Nothing was changed. */
public class TrainingRefused extends DomainProblem {

    private TrainingRefused(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }

    public static TrainingRefused conflict(String slug, String detail) {
        return new TrainingRefused(Kind.CONFLICT, slug, "Not possible in this run", detail);
    }

    /** Reported like a validation failure of the named field. */
    public static org.agora.problems.InvalidField invalid(String field, String message) {
        return new org.agora.problems.InvalidField(field, message);
    }
}
