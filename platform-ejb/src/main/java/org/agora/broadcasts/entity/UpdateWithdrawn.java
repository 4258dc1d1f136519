package org.agora.broadcasts.entity;

import java.time.Instant;
import org.agora.problems.DomainProblem;

/** Something other than reading was asked of a withdrawn update (editing, reacting, withdrawing again). */
public class UpdateWithdrawn extends DomainProblem {

    public UpdateWithdrawn(Long id, Instant withdrawnAt) {
        super(Kind.CONFLICT, "update-withdrawn", "This update was withdrawn",
                "Update " + id + " was withdrawn on " + withdrawnAt + "; it stays listed but can no longer be"
                        + " edited or reacted to.");
    }
}
