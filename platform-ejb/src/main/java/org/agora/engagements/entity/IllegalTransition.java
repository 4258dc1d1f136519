package org.agora.engagements.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.problems.DomainProblem;

/** A lifecycle transition that the round's current state or dates do not allow. Nothing was changed. */
public class IllegalTransition extends DomainProblem {

    private final State state;

    IllegalTransition(Action action, State state, String reason) {
        super(Kind.CONFLICT, "illegal-transition", "This transition is not allowed",
                "Cannot " + action.slug().replace('-', ' ') + " a round that is " + describe(state) + ": " + reason);
        this.state = state;
    }

    private static String describe(State state) {
        return state.name().toLowerCase().replace('_', ' ');
    }

    @Override
    public Map<String, Object> extensions() {
        var ext = new LinkedHashMap<String, Object>();
        ext.put("state", state.name());
        ext.put("allowedActions", state.allowedActions().stream().map(Action::slug).toList());
        return ext;
    }

    public State state() {
        return state;
    }
}
