package org.agora.moderation.control;

import java.util.Locale;
import java.util.Objects;
import org.agora.problems.DomainProblem;

/**
 * A moderation step that the case's state or the moderation rules do not allow. Nothing was changed. One of the
 * platform's {@link DomainProblem}s: {@link #slug()} is stable and documented (it becomes the problem type), the
 * message names the state and the action and says what to do instead, and is safe to show to moderators. Most are
 * conflicts with the case's state; {@link #invalid} ones are the request's own fault (a missing statement or reason
 * code), {@link #forbidden} ones are steps this person may not take.
 */
public class CaseRefused extends DomainProblem {

    public CaseRefused(String slug, String message) {
        this(Kind.CONFLICT, slug, message);
    }

    private CaseRefused(Kind kind, String slug, String message) {
        super(kind, Objects.requireNonNull(slug, "slug"), "Moderation step refused", message);
    }

    /** The request itself lacks what the step needs (400): a statement, a reason code, details. */
    public static CaseRefused invalid(String slug, String message) {
        return new CaseRefused(Kind.INVALID, slug, message);
    }

    /** This person may not take the step (403), e.g. ruling on an appeal of their own decision. */
    public static CaseRefused forbidden(String slug, String message) {
        return new CaseRefused(Kind.FORBIDDEN, slug, message);
    }

    /** A refused transition: "Cannot hide a case that is dismissed: ..." */
    static CaseRefused transition(String slug, CaseState state, CaseAction action, String why) {
        return new CaseRefused(slug, "Cannot " + action.slug().replace('-', ' ') + " a case that is "
                + state.name().toLowerCase(Locale.ROOT) + ": " + why);
    }
}
