package org.agora.moderation.control;

/**
 * Something that happens to a moderation case: an event (a flag arrives, the score reaches the threshold), a step
 * in the queue (claim, release, escalate), a decision, or an appeal. {@link CaseTransitions} says which are
 * possible in which {@link CaseState}; {@link DecisionRules} says which need a reason code and a statement of
 * reasons.
 */
public enum CaseAction {
    /** Another flag arrives. */
    FLAG,
    /** The flag score reached the threshold, so the content is hidden until a moderator looks at it. */
    AUTO_HIDE,
    /** A moderator takes the case. */
    CLAIM,
    /** The moderator gives the case back to the queue. */
    RELEASE,
    /** Decision: the content is fine; the case is dismissed. */
    APPROVE,
    /** Decision: the content is hidden from the public (kept for the author and the audit). */
    HIDE,
    /** Decision: the content is removed. */
    REMOVE,
    /** The case is sent to an outside body for an answer before anyone decides. */
    ESCALATE,
    /** The outside body answered the escalation. */
    AGENCY_RESPONDS,
    /** Decision: the author is warned. */
    WARN_AUTHOR,
    /** Decision: the author may not post for a while. */
    MUTE_AUTHOR,
    /** Decision: the thread takes no more replies. */
    LOCK_THREAD,
    /** Decision: the author may not take part at all, for a time or for good (account-wide, appealable). */
    BLOCK_AUTHOR,
    /** The case is sent to the legal team (a second level above the agency), with its own due time. */
    ESCALATE_LEGAL,
    /** The author changed the content (an edit, a follow-up) and it must be reviewed again. */
    RESUBMIT,
    /** The author appeals the decision (once). */
    APPEAL,
    /** Appeal ruling: the decision stands. */
    UPHOLD,
    /** Appeal ruling: the decision is undone. */
    REVERSE,
    /** A moderator undoes the last decision or ruling (this is itself an audited action). */
    UNDO,
    /** The case is finished. */
    CLOSE;

    /** The name used in URLs, JSON and the audit log, e.g. {@code warn-author}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
