package org.agora.engagements.boundary;

import java.util.Optional;
import org.agora.engagements.entity.Mode;
import org.agora.engagements.entity.State;

/**
 * Filter, order and page of a listing.
 *
 * @param sort {@code NEWEST} (most recently created first) or {@code CLOSING} (soonest closing first, rounds without a
 *             closing time last); ties are always broken by id, so the order is stable across pages.
 */
public record EngagementQuery(Optional<State> state, Optional<Mode> mode, Sort sort, int page, int size) {

    public enum Sort { NEWEST, CLOSING }
}
