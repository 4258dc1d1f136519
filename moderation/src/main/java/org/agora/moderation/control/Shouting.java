package org.agora.moderation.control;

import java.util.List;

/**
 * Posts written mostly in capital letters: at least {@code screening.shouting.min-letters} letters (default 20), of
 * which at least {@code screening.shouting.upper-ratio} (default 70 %) are capitals.
 *
 * <p>The verdict is HOLD, the mildest that keeps a post back: shouting is not abuse, but it sets the tone of a
 * thread, and the explanation asks the author to rewrite in normal case, which publishes at once. Short posts
 * ({@code NHS}, {@code A&E}, {@code OK!}) are never shouting. Letters of any alphabet count; the counts come from
 * the folding pass ({@link NormalisedText#letters()}), so this rule reads nothing again.
 */
public final class Shouting implements ScreeningRule {

    public static final String NAME = "shouting";

    private final int minLetters;
    private final double upperRatio;

    public Shouting(ScreeningConfig config) {
        this.minLetters = config.shoutingMinLetters();
        this.upperRatio = config.shoutingUpperRatio();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Hit> check(Submission submission, NormalisedText text) {
        int letters = text.letters();
        int upper = text.capitals();
        if (letters < minLetters || upper < upperRatio * letters) {
            return List.of();
        }
        return List.of(new Hit(NAME, Verdict.HOLD, "written mostly in capital letters (" + (100 * upper / letters)
                + "% of " + letters + " letters); please write in normal case"));
    }
}
