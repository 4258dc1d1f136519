package org.agora.moderation.control;

/**
 * Where a moderation case stands. A case is about one item of content (see
 * {@link org.agora.moderation.entity.ContentRef#key()}); {@link CaseTransitions} says how it moves.
 */
public enum CaseState {
    /** Flagged or screened, waiting in the queue; nobody has taken it. */
    OPEN,
    /** A moderator has taken it and is looking at it. */
    CLAIMED,
    /** A moderator restricted the content or its author (hide, remove, warn, mute, lock); the author may appeal. */
    ACTIONED,
    /** A moderator found the content acceptable. */
    DISMISSED,
    /** Sent to an outside body (e.g. the responsible agency or legal team); waiting for its answer. */
    ESCALATED,
    /** The author appealed the decision; waiting for another moderator to review it. */
    APPEALED,
    /** The appeal was decided: the decision stands. */
    UPHELD,
    /** The appeal was decided: the decision is undone. */
    REVERSED,
    /** Finished. Nothing leaves this state; new flags on the same item start a new case. */
    CLOSED;

    /** Whether a moderator has decided the case (a decision or an appeal ruling is in force). */
    public boolean isDecided() {
        return this == ACTIONED || this == DISMISSED || this == UPHELD || this == REVERSED;
    }
}
