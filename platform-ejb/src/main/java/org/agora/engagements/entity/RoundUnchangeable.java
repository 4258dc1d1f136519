package org.agora.engagements.entity;

import java.util.Locale;
import java.util.Map;
import org.agora.problems.DomainProblem;

/** A change the round's state no longer allows (its dates after it closed, anything once archived). */
public class RoundUnchangeable extends DomainProblem {

    private final State state;

    RoundUnchangeable(State state, String what) {
        super(Kind.CONFLICT, "round-unchangeable", "This round can no longer be changed that way",
                "Cannot change " + what + " of a round that is " + state.name().toLowerCase(Locale.ROOT).replace('_',
                        ' ') + ".");
        this.state = state;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("state", state.name());
    }
}
