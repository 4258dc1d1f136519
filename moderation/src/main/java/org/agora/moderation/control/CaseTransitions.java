package org.agora.moderation.control;

import static org.agora.moderation.control.CaseState.ACTIONED;
import static org.agora.moderation.control.CaseState.APPEALED;
import static org.agora.moderation.control.CaseState.CLAIMED;
import static org.agora.moderation.control.CaseState.CLOSED;
import static org.agora.moderation.control.CaseState.DISMISSED;
import static org.agora.moderation.control.CaseState.ESCALATED;
import static org.agora.moderation.control.CaseState.OPEN;
import static org.agora.moderation.control.CaseState.REVERSED;
import static org.agora.moderation.control.CaseState.UPHELD;

import java.util.Objects;

/**
 * The life of a moderation case: which {@link CaseAction} is possible in which {@link CaseState}, and where it
 * leads. Anything else is refused with a {@link CaseRefused} whose slug says why.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Deciding</b> ({@code APPROVE} → DISMISSED; {@code HIDE, REMOVE, WARN_AUTHOR, MUTE_AUTHOR, LOCK_THREAD,
 *       BLOCK_AUTHOR} → ACTIONED) needs the case OPEN or CLAIMED (claiming first is not required). One decision per case: to
 *       change it, {@code UNDO} it first ({@code case-already-decided}). While the case is ESCALATED nobody decides
 *       ({@code case-awaiting-agency}); while APPEALED only the appeal ruling may ({@code case-under-appeal}).</li>
 *   <li><b>Queue</b>: {@code CLAIM} OPEN → CLAIMED; {@code RELEASE} CLAIMED → OPEN; {@code ESCALATE} OPEN or
 *       CLAIMED → ESCALATED; {@code ESCALATE_LEGAL} OPEN, CLAIMED or ESCALATED (the agency's level, a second level
 *       above it) → ESCALATED; {@code AGENCY_RESPONDS} ESCALATED → OPEN (back in the queue with the answer; an
 *       agency that never answers is recorded the same way when the boundary gives up waiting).</li>
 *   <li><b>Resubmission</b> ({@code RESUBMIT}): the author changed content that was held or reported. A case that
 *       is waiting (OPEN, CLAIMED, ESCALATED, APPEALED) keeps its state with the new text; a decided one is OPEN
 *       again, since nobody has judged the new text. This is the one step that reopens a CLOSED case: the author's
 *       new text needs a review, and an item has one case.</li>
 *   <li><b>Flags</b>: {@code FLAG} is accepted in every state but CLOSED and keeps the state (the flag is recorded
 *       on the case), except on DISMISSED, where it <em>reopens</em> the case (→ OPEN). A flag that reaches this
 *       method on a dismissed case arrived after the decision (flags counted before it never get here), and it may
 *       concern a newer version of the text than the snapshot the moderator judged, since authors can edit; so a
 *       human looks again. This is Discourse's rule ("reopen only if new flags arrive after the decision").
 *       Brigading is damped elsewhere: flaggers whose flags are dismissed lose weight ({@link FlagWeights}), so a
 *       reopened case is not auto-hidden unless credible flaggers agree. After an appeal ruling (UPHELD,
 *       REVERSED) the case has had two reviews and flags no longer reopen it; once CLOSED, new flags open a new
 *       case for the same item (the boundary does this), so "one case per item" means one <em>open</em> case.</li>
 *   <li><b>Auto-hide</b> ({@code AUTO_HIDE}) happens only before a human decision: in OPEN, CLAIMED or ESCALATED,
 *       keeping the state (the content is hidden, the case still waits for a moderator). It never overrides a
 *       moderator's decision ({@code case-already-decided}) or a pending appeal.</li>
 *   <li><b>Appeal</b>: the author appeals an ACTIONED decision once per decision ({@code APPEAL} → APPEALED);
 *       a dismissal restricts nobody, so there is nothing to appeal ({@code appeal-not-possible}). The ruling
 *       ({@code UPHOLD} → UPHELD, {@code REVERSE} → REVERSED) is made by another moderator
 *       ({@link AppealRules#checkReviewer}). UPHELD and REVERSED cannot be appealed again
 *       ({@code appeal-already-made}): "appealed once" is carried by the state.</li>
 *   <li><b>Undo</b> goes back one decision: ACTIONED or DISMISSED → OPEN; UPHELD or REVERSED → APPEALED (the appeal
 *       is waiting for a ruling again, and still cannot be made twice). There is nothing to undo before a decision
 *       ({@code nothing-to-undo}); a decision under appeal is settled by the ruling, not undone
 *       ({@code case-under-appeal}).</li>
 *   <li><b>Close</b> needs a decision in force (ACTIONED, DISMISSED, UPHELD, REVERSED), so every closed case has a
 *       reasoned outcome ({@code case-undecided}); a case under appeal is not closed ({@code case-under-appeal}).
 *       Closing an ACTIONED case ends the author's chance to appeal, so the boundary closes it only after the
 *       appeal period. CLOSED is terminal for moderators: every action but the author's {@code RESUBMIT} is refused
 *       ({@code case-already-closed}).</li>
 * </ul>
 *
 * <h2>Slugs</h2>
 * {@code case-already-closed}, {@code case-already-claimed}, {@code case-not-claimed}, {@code case-already-decided},
 * {@code case-awaiting-agency}, {@code case-already-escalated}, {@code case-not-escalated}, {@code case-under-appeal},
 * {@code case-undecided}, {@code nothing-to-undo}, {@code appeal-not-possible}, {@code appeal-already-made},
 * {@code case-not-appealed}, {@code appeal-already-decided}.
 */
public final class CaseTransitions {

    private CaseTransitions() {
    }

    /**
     * The state a case is in after {@code action}.
     *
     * @throws CaseRefused if the action is not possible in {@code from}
     */
    public static CaseState next(CaseState from, CaseAction action) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        if (from == CLOSED && action != CaseAction.RESUBMIT) {
            throw CaseRefused.transition("case-already-closed", from, action,
                    "a closed case does not change; new flags start a new case");
        }
        return switch (action) {
            case FLAG -> from == DISMISSED ? OPEN : from;
            case AUTO_HIDE -> autoHide(from, action);
            case CLAIM -> claim(from, action);
            case RELEASE -> {
                if (from != CLAIMED) {
                    throw CaseRefused.transition("case-not-claimed", from, action, "nobody has claimed it");
                }
                yield OPEN;
            }
            case APPROVE -> decide(from, action, DISMISSED);
            case HIDE, REMOVE, WARN_AUTHOR, MUTE_AUTHOR, LOCK_THREAD, BLOCK_AUTHOR -> decide(from, action, ACTIONED);
            case ESCALATE -> escalate(from, action);
            case ESCALATE_LEGAL -> from == ESCALATED ? ESCALATED : escalate(from, action);
            case RESUBMIT -> resubmit(from);
            case AGENCY_RESPONDS -> {
                if (from != ESCALATED) {
                    throw CaseRefused.transition("case-not-escalated", from, action, "it was not escalated");
                }
                yield OPEN;
            }
            case APPEAL -> appeal(from, action);
            case UPHOLD -> rule(from, action, UPHELD);
            case REVERSE -> rule(from, action, REVERSED);
            case UNDO -> undo(from, action);
            case CLOSE -> close(from, action);
        };
    }

    /** Whether {@code action} is possible in {@code from}, without throwing. */
    public static boolean allows(CaseState from, CaseAction action) {
        try {
            next(from, action);
            return true;
        } catch (CaseRefused refused) {
            return false;
        }
    }

    private static CaseState autoHide(CaseState from, CaseAction action) {
        return switch (from) {
            case OPEN, CLAIMED, ESCALATED -> from;
            case APPEALED -> throw underAppeal(from, action);
            default -> throw alreadyDecided(from, action);
        };
    }

    private static CaseState claim(CaseState from, CaseAction action) {
        return switch (from) {
            case OPEN -> CLAIMED;
            case CLAIMED -> throw CaseRefused.transition("case-already-claimed", from, action,
                    "another moderator has it; they release it first");
            case ESCALATED -> throw awaitingAgency(from, action);
            case APPEALED -> throw underAppeal(from, action);
            default -> throw alreadyDecided(from, action);
        };
    }

    private static CaseState decide(CaseState from, CaseAction action, CaseState outcome) {
        return switch (from) {
            case OPEN, CLAIMED -> outcome;
            case ESCALATED -> throw awaitingAgency(from, action);
            case APPEALED -> throw underAppeal(from, action);
            default -> throw alreadyDecided(from, action);
        };
    }

    private static CaseState escalate(CaseState from, CaseAction action) {
        return switch (from) {
            case OPEN, CLAIMED -> ESCALATED;
            case ESCALATED -> throw CaseRefused.transition("case-already-escalated", from, action,
                    "it is already waiting for an answer");
            case APPEALED -> throw underAppeal(from, action);
            default -> throw alreadyDecided(from, action);
        };
    }

    private static CaseState resubmit(CaseState from) {
        return switch (from) {
            case OPEN, CLAIMED, ESCALATED, APPEALED -> from;
            default -> OPEN;
        };
    }

    private static CaseState appeal(CaseState from, CaseAction action) {
        return switch (from) {
            case ACTIONED -> APPEALED;
            case APPEALED, UPHELD, REVERSED -> throw CaseRefused.transition("appeal-already-made", from, action,
                    "a decision can be appealed only once");
            default -> throw CaseRefused.transition("appeal-not-possible", from, action,
                    "only a decision that restricts content or its author can be appealed");
        };
    }

    private static CaseState rule(CaseState from, CaseAction action, CaseState outcome) {
        return switch (from) {
            case APPEALED -> outcome;
            case UPHELD, REVERSED -> throw CaseRefused.transition("appeal-already-decided", from, action,
                    "the appeal has been decided; undo the ruling to decide it again");
            default -> throw CaseRefused.transition("case-not-appealed", from, action, "there is no appeal to decide");
        };
    }

    private static CaseState undo(CaseState from, CaseAction action) {
        return switch (from) {
            case ACTIONED, DISMISSED -> OPEN;
            case UPHELD, REVERSED -> APPEALED;
            case APPEALED -> throw underAppeal(from, action);
            default -> throw CaseRefused.transition("nothing-to-undo", from, action, "nothing has been decided yet");
        };
    }

    private static CaseState close(CaseState from, CaseAction action) {
        return switch (from) {
            case ACTIONED, DISMISSED, UPHELD, REVERSED -> CLOSED;
            case APPEALED -> throw underAppeal(from, action);
            default -> throw CaseRefused.transition("case-undecided", from, action,
                    "decide it (approve or act) before closing it");
        };
    }

    private static CaseRefused alreadyDecided(CaseState from, CaseAction action) {
        return CaseRefused.transition("case-already-decided", from, action,
                "a moderator has decided it; undo the decision first");
    }

    private static CaseRefused awaitingAgency(CaseState from, CaseAction action) {
        return CaseRefused.transition("case-awaiting-agency", from, action,
                "it is waiting for the answer to the escalation");
    }

    private static CaseRefused underAppeal(CaseState from, CaseAction action) {
        return CaseRefused.transition("case-under-appeal", from, action,
                "the author has appealed; another moderator upholds or reverses the decision");
    }
}
