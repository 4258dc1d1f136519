package org.agora.engagements.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a round is in its lifecycle. */
public enum State {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED,
    OUTCOME_PUBLISHED,
    ARCHIVED;

    /** The actions whose state precondition holds in this state (their other rules are checked when performed). */
    public Set<Action> allowedActions() {
        var allowed = EnumSet.noneOf(Action.class);
        for (var action : Action.values()) {
            if (action.allowedFrom().contains(this)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
