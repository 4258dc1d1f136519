package org.agora.moderation.control;

import java.util.Collection;

/**
 * How much a flag counts, from its author's track record, and when the flags on an item add up to hiding it until a
 * moderator has looked.
 *
 * <h2>Formula</h2>
 * A participant's weight is a smoothed ratio of flags moderators agreed with to flags they dismissed:
 * <pre>
 *   weight = clamp(floor, ceiling, (agreed + prior) / (disagreed + prior))
 * </pre>
 * With the defaults (prior 2, floor 0.25, ceiling 3.0):
 * <ul>
 *   <li>a newcomer (0, 0) weighs exactly 1.0 — the prior is the same on both sides;</li>
 *   <li>the weight grows with every agreed flag and shrinks with every dismissed one, but one or two early
 *       outcomes move it only a little (the prior acts as two imaginary flags of each kind): 1 agreed → 1.5,
 *       4 agreed → 3.0 (the ceiling); 1 dismissed → 0.67, 6 dismissed → 0.25 (the floor);</li>
 *   <li>it never leaves [floor, ceiling]: nobody hides content alone unless the ceiling reaches the threshold, and
 *       a flagger who is always wrong still counts a little (their next flag may be right).</li>
 * </ul>
 * Staff reports (officers, moderators, administrators: {@link Flagger#staff()}) weigh nothing, whatever their
 * record: they open a case so that a moderator looks, but never hide anything by themselves. A moderator who thinks
 * an item must go decides on its case, with a reason code and a statement the author can appeal; a report that hid
 * content alone would skip that due process.
 *
 * <p>A case's score is the sum of its flaggers' weights (one flag per person per item; the caller ensures that).
 * The default threshold, {@value #DEFAULT_THRESHOLD}, means three newcomers are enough — Decidim's
 * "hidden after three reports" — while three flaggers with a poor record are not.
 *
 * @param prior           strength of the prior; > 0. Larger values make the weight move more slowly
 * @param floor           the least a participant's flag weighs; in (0, 1]
 * @param ceiling         the most a participant's flag weighs; ≥ 1
 */
public record FlagWeights(double prior, double floor, double ceiling) {

    /** The score at which content is hidden until a moderator looks at it. */
    public static final double DEFAULT_THRESHOLD = 3.0;

    /** Sums of weights are compared with this tolerance, so that 3 × 1.0 and 0.1 + 0.2 behave as people expect. */
    private static final double TOLERANCE = 1e-9;

    public FlagWeights {
        if (!(prior > 0) || Double.isInfinite(prior)) {
            throw new IllegalArgumentException("prior must be a positive number, was " + prior);
        }
        if (!(floor > 0 && floor <= 1)) {
            throw new IllegalArgumentException("floor must be in (0, 1] so a newcomer weighs 1, was " + floor);
        }
        if (!(ceiling >= 1) || Double.isInfinite(ceiling)) {
            throw new IllegalArgumentException("ceiling must be a finite number ≥ 1, was " + ceiling);
        }
    }

    /** prior 2, floor 0.25, ceiling 3.0. */
    public static FlagWeights defaults() {
        return new FlagWeights(2.0, 0.25, 3.0);
    }

    /** A participant's weight from their track record (see the formula above). */
    public double weight(long agreed, long disagreed) {
        return weight(Flagger.citizen(agreed, disagreed));
    }

    /** What this flagger's flag weighs. */
    public double weight(Flagger flagger) {
        if (flagger.staff()) {
            return 0;
        }
        double ratio = (flagger.agreed() + prior) / (flagger.disagreed() + prior);
        return Math.max(floor, Math.min(ceiling, ratio));
    }

    /** A case's score: the sum of its flaggers' weights. */
    public double score(Collection<Flagger> flaggers) {
        double score = 0;
        for (var flagger : flaggers) {
            score += weight(flagger);
        }
        return score;
    }

    /** Whether {@code score} reaches {@code threshold} (which must be positive). */
    public static boolean reachesThreshold(double score, double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("threshold must be positive, was " + threshold);
        }
        return score >= threshold - TOLERANCE;
    }
}
