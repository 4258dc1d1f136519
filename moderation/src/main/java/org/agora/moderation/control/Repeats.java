package org.agora.moderation.control;

import java.util.Arrays;
import java.util.List;

/**
 * The author posting the same thing again. Each of the author's recent texts is compared with the post, both
 * folded by {@link NormalisedText} (so case, punctuation, spacing and disguises do not matter):
 * <ul>
 *   <li>a <em>repeat</em> is the same words in the same order, or a near-duplicate: the Jaccard similarity of the
 *       two texts' sets of word shingles ({@code screening.repeats.shingle-words} consecutive words, default 3) is
 *       at least {@code screening.repeats.similarity} (default 0.9);</li>
 *   <li>one repeat or more HOLDs the post; {@code screening.repeats.refuse-at} repeats (default 3, i.e. the fourth
 *       posting of the same text) REFUSE it;</li>
 *   <li>posts shorter than {@code screening.repeats.min-words} words (default 5) are not checked: "I agree" or
 *       "Thank you" may well be said twice.</li>
 * </ul>
 * Shingles are 64-bit hashes combined from word hashes, kept in sorted arrays and intersected by merging, so a
 * comparison allocates one array per text and no strings.
 */
public final class Repeats implements ScreeningRule {

    public static final String NAME = "repeat";

    private final double similarity;
    private final int shingleWords;
    private final int minWords;
    private final int refuseAt;

    public Repeats(ScreeningConfig config) {
        this.similarity = config.repeatsSimilarity();
        this.shingleWords = config.repeatsShingleWords();
        this.minWords = config.repeatsMinWords();
        this.refuseAt = config.repeatsRefuseAt();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Hit> check(Submission submission, NormalisedText text) {
        var recents = submission.authorRecentTexts();
        if (recents.isEmpty() || text.wordCount() < minWords) {
            return List.of();
        }
        long[] words = wordHashes(text);
        long[] shingles = shingles(words);
        int exact = 0;
        int near = 0;
        for (String recent : recents) {
            var other = NormalisedText.of(recent);
            if (other.wordCount() < minWords) {
                continue;
            }
            long[] otherWords = wordHashes(other);
            if (Arrays.equals(words, otherWords)) {
                exact++;
            } else if (jaccard(shingles, shingles(otherWords)) >= similarity) {
                near++;
            }
        }
        int repeats = exact + near;
        if (repeats == 0) {
            return List.of();
        }
        if (repeats >= refuseAt) {
            return List.of(new Hit(NAME, Verdict.REFUSE, "repeats " + repeats + " of your recent posts; the same"
                    + " text is not accepted again"));
        }
        String what = exact > 0 ? "the same as " : "almost the same as ";
        return List.of(new Hit(NAME, Verdict.HOLD, what + (repeats == 1 ? "one of your recent posts"
                : repeats + " of your recent posts") + "; please add something new or reply to the earlier post"));
    }

    private static long[] wordHashes(NormalisedText text) {
        long[] hashes = new long[text.wordCount()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = text.wordHash(i);
        }
        return hashes;
    }

    /** The distinct shingles of a text, sorted; a text shorter than a shingle is one shingle. */
    long[] shingles(long[] words) {
        int k = Math.min(shingleWords, words.length);
        int count = words.length - k + 1;
        long[] shingles = new long[count];
        for (int s = 0; s < count; s++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int w = s; w < s + k; w++) {
                h = Long.rotateLeft(h ^ words[w], 27) * 0xBF58476D1CE4E5B9L;
            }
            shingles[s] = h;
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int s = 0; s < count; s++) {
            if (s == 0 || shingles[s] != shingles[s - 1]) {
                shingles[distinct++] = shingles[s];
            }
        }
        return distinct == count ? shingles : Arrays.copyOf(shingles, distinct);
    }

    /** |A ∩ B| / |A ∪ B| of two sorted sets without duplicates. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
