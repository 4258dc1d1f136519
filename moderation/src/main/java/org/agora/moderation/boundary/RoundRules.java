package org.agora.moderation.boundary;

/** What moderation asks of the component that owns rounds (a CDI bean there), without depending on it. */
public interface RoundRules {

    /** The flag score at which an item of the round is hidden pending review. */
    double autoHideThreshold(long roundId);
}
