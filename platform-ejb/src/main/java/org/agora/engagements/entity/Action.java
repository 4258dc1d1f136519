package org.agora.engagements.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A lifecycle transition an officer (or the round's timer) can ask for. */
public enum Action {
    SCHEDULE("schedule", EnumSet.of(State.DRAFT)),
    OPEN("open", EnumSet.of(State.DRAFT, State.SCHEDULED)),
    CLOSE("close", EnumSet.of(State.OPEN)),
    PUBLISH_OUTCOME("publish-outcome", EnumSet.of(State.CLOSED)),
    ARCHIVE("archive", EnumSet.of(State.CLOSED, State.OUTCOME_PUBLISHED));

    private final String slug;
    private final Set<State> allowedFrom;

    Action(String slug, Set<State> allowedFrom) {
        this.slug = slug;
        this.allowedFrom = allowedFrom;
    }

    /** The name used in URLs and JSON, e.g. {@code publish-outcome}. */
    public String slug() {
        return slug;
    }

    public Set<State> allowedFrom() {
        return allowedFrom;
    }

    public static Optional<Action> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}
