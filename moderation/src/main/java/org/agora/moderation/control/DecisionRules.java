package org.agora.moderation.control;

/**
 * Which {@link CaseAction}s are decisions, and what they must carry. Every decision is explained; a decision that
 * restricts content or its author also names a {@link ReasonCode} (this is what the author is told, and what they
 * can appeal against, as in the EU Digital Services Act's "statement of reasons").
 *
 * <table>
 *   <caption>Justification per action</caption>
 *   <tr><th>Actions</th><th>Decision</th><th>Needs</th></tr>
 *   <tr><td>HIDE, REMOVE, WARN_AUTHOR, MUTE_AUTHOR, LOCK_THREAD, BLOCK_AUTHOR</td><td>yes</td>
 *       <td>reason code and statement</td></tr>
 *   <tr><td>APPROVE, UPHOLD, REVERSE, UNDO</td><td>yes</td><td>statement</td></tr>
 *   <tr><td>FLAG, AUTO_HIDE, CLAIM, RELEASE, ESCALATE, ESCALATE_LEGAL, AGENCY_RESPONDS, APPEAL, RESUBMIT,
 *       CLOSE</td><td>no</td>
 *       <td>nothing (still audited)</td></tr>
 * </table>
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    /** What {@code action} must carry. */
    public static Justification required(CaseAction action) {
        return switch (action) {
            case HIDE, REMOVE, WARN_AUTHOR, MUTE_AUTHOR, LOCK_THREAD, BLOCK_AUTHOR -> Justification.REASON_CODE_AND_STATEMENT;
            case APPROVE, UPHOLD, REVERSE, UNDO -> Justification.STATEMENT;
            case FLAG, AUTO_HIDE, CLAIM, RELEASE, ESCALATE, ESCALATE_LEGAL, AGENCY_RESPONDS, APPEAL, RESUBMIT, CLOSE ->
                    Justification.NONE;
        };
    }

    /** Whether {@code action} is a moderator's decision (or ruling), i.e. needs at least a statement of reasons. */
    public static boolean isDecision(CaseAction action) {
        return required(action) != Justification.NONE;
    }

    /**
     * Checks that {@code action} carries what it must.
     *
     * @param code      the reason code, or {@code null} if none was given
     * @param statement the statement of reasons, or {@code null} if none was given
     * @throws CaseRefused {@code reason-code-required} or {@code statement-required}
     */
    public static void check(CaseAction action, ReasonCode code, String statement) {
        var required = required(action);
        if (required == Justification.REASON_CODE_AND_STATEMENT && code == null) {
            throw CaseRefused.invalid("reason-code-required",
                    "Cannot " + describe(action) + " without a reason code: say which rule the content breaks");
        }
        if (required != Justification.NONE && (statement == null || statement.isBlank())) {
            throw CaseRefused.invalid("statement-required",
                    "Cannot " + describe(action) + " without a statement of reasons");
        }
    }

    private static String describe(CaseAction action) {
        return action.slug().replace('-', ' ');
    }
}
