package org.agora.engagements.boundary;

import java.util.Optional;
import org.agora.engagements.entity.Mode;
import org.agora.engagements.entity.State;

/**
 * Filter, order and page of a listing.
 *
 * @param sort         {@code NEWEST} (most recently created first) or {@code CLOSING} (soonest closing first, rounds
 *                     without a closing time last); ties are always broken by id, so the order is stable across pages.
 * @param draftsOf     whose drafts the listing may include: {@code null} for nobody's, {@link #ALL_AGENCIES} for
 *                     everyone's (admins), or one agency's name (its officers). Set by the boundary, not by clients.
 */
public record EngagementQuery(Optional<State> state, Optional<Mode> mode, Sort sort, int page, int size,
        String draftsOf) {

    public static final String ALL_AGENCIES = "*";

    public enum Sort { NEWEST, CLOSING }

    public EngagementQuery(Optional<State> state, Optional<Mode> mode, Sort sort, int page, int size) {
        this(state, mode, sort, page, size, null);
    }

    EngagementQuery withDraftsOf(String agency) {
        return new EngagementQuery(state, mode, sort, page, size, agency);
    }
}
