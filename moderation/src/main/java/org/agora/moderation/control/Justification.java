package org.agora.moderation.control;

/** What a {@link CaseAction} must carry to be recorded; see {@link DecisionRules#required(CaseAction)}. */
public enum Justification {
    /** Not a decision: the action is recorded in the audit log as it is. */
    NONE,
    /** A decision that restricts nobody (or rules on one): a statement of reasons in words. */
    STATEMENT,
    /** A decision that restricts content or its author: a {@link ReasonCode} and a statement of reasons. */
    REASON_CODE_AND_STATEMENT
}
