package org.agora.moderation.boundary;

import java.time.Instant;

/** What moderation asks of the component that owns rounds (a CDI bean there), without depending on it. */
public interface RoundRules {

    /** The realm of moderation cases of a live round. */
    String LIVE = "live";

    /** The flag score at which an item of the round is hidden pending review. */
    double autoHideThreshold(long roundId);

    /**
     * Where the round's cases belong: {@link #LIVE}, or a training run's own realm ({@code run-<id>}), kept out of
     * the live queue and worked only by that run's trainee (ADR 0009).
     */
    String realm(long roundId);

    /** "Now" in the round at real time {@code real}: a training run's rounds live on its scenario clock. */
    Instant now(long roundId, Instant real);
}
