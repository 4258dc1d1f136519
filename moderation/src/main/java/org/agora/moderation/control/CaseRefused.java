package org.agora.moderation.control;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Objects;

/**
 * A moderation step that the case's state or the moderation rules do not allow. Nothing was changed.
 * {@link #slug()} is stable and documented (it becomes the problem type); the message names the state and the
 * action and says what to do instead, and is safe to show to moderators.
 */
@ApplicationException(rollback = true)
public class CaseRefused extends RuntimeException {

    private final String slug;

    public CaseRefused(String slug, String message) {
        super(message, null, false, false);
        this.slug = Objects.requireNonNull(slug, "slug");
    }

    /** A refused transition: "Cannot hide a case that is dismissed: ..." */
    static CaseRefused transition(String slug, CaseState state, CaseAction action, String why) {
        return new CaseRefused(slug, "Cannot " + action.slug().replace('-', ' ') + " a case that is "
                + state.name().toLowerCase(Locale.ROOT) + ": " + why);
    }

    /** Stable identifier, e.g. {@code case-already-closed}. */
    public String slug() {
        return slug;
    }
}
