package org.agora.moderation.control;

import java.util.Arrays;
import java.util.List;

/**
 * The author posting the same thing again. Each of the author's recent texts is compared with the post, both
 * folded by {@link NormalisedText} (so case, punctuation, spacing and disguises do not matter):
 * <ul>
 *   <li>a <em>repeat</em> is the same words in the same order, or a near-duplicate: the Jaccard similarity of the
 *       two texts' sets of word shingles ({@code screening.repeats.shingle-words} consecutive words, default 3; a
 *       text shorter than that is one shingle) is at least {@code screening.repeats.similarity} (default 0.9);</li>
 *   <li>one repeat or more HOLDs the post; {@code screening.repeats.refuse-at} repeats (default 3, i.e. the fourth
 *       posting of the same text) REFUSE it;</li>
 *   <li>texts shorter than {@code screening.repeats.min-words} words (default 5) are not compared: "I agree" or
 *       "Thank you" may well be said twice.</li>
 * </ul>
 *
 * <h2>How it stays fast</h2>
 * Words and shingles are 64-bit hashes (a collision between two different shingles is astronomically unlikely and
 * would only make two texts look a little more alike). The post's shingles go into a hash set once. Each recent
 * text is hashed word by word and its shingles looked up in that set as they come, counting distinct hits and
 * distinct misses, so {@code |A ∪ B| = |A| + misses} exactly. Since the similarity is at most
 * {@code |A| / (|A| + misses)}, reading a recent text stops as soon as it has more distinct misses than that allows:
 * an unrelated text is dropped after a few dozen words. The outcome is exactly that of computing the full
 * Jaccard similarity.
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
        var comparison = new Comparison(text.wordHashes());
        int exact = 0;
        int near = 0;
        for (String recent : recents) {
            comparison.start();
            NormalisedText.forEachWordHash(recent, comparison);
            switch (comparison.outcome()) {
                case EXACT -> exact++;
                case NEAR -> near++;
                case DIFFERENT -> { }
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

    private enum Outcome { EXACT, NEAR, DIFFERENT }

    /** The post, ready to be compared with one recent text after another. */
    private final class Comparison implements NormalisedText.WordHashSink {
        private final long[] post;
        private final LongSet shingles;
        private final int[] seen;
        private final int allowedMisses;
        private final long[] window = new long[shingleWords];
        private final LongSet misses;
        private int round;
        private int words;
        private int common;
        private boolean same;
        private boolean stopped;

        Comparison(long[] post) {
            this.post = post;
            this.shingles = new LongSet(post.length);
            int k = Math.min(shingleWords, post.length);
            for (int s = 0; s + k <= post.length; s++) {
                shingles.add(shingle(post, s, k));
            }
            this.seen = new int[shingles.capacity()];
            this.allowedMisses = (int) Math.floor(shingles.size() * (1 - similarity) / similarity + 1e-9);
            this.misses = new LongSet(allowedMisses + 1);
        }

        void start() {
            round++;
            words = 0;
            common = 0;
            same = true;
            stopped = false;
            misses.clear();
        }

        @Override
        public boolean accept(long hash) {
            same &= words < post.length && post[words] == hash;
            window[words % shingleWords] = hash;
            words++;
            if (words < shingleWords) {
                return true;
            }
            long h = SEED;
            for (int w = words - shingleWords; w < words; w++) {
                h = mix(h, window[w % shingleWords]);
            }
            return count(nonZero(h));
        }

        /** Counts a shingle of the recent text; {@code false} once it cannot be similar enough. */
        private boolean count(long shingle) {
            int slot = shingles.slotOf(shingle);
            if (slot >= 0) {
                if (seen[slot] != round) {
                    seen[slot] = round;
                    common++;
                }
                return true;
            }
            if (misses.add(shingle) && misses.size() > allowedMisses) {
                stopped = true;
                return false;
            }
            return true;
        }

        Outcome outcome() {
            if (stopped || words < minWords) {
                return Outcome.DIFFERENT;
            }
            if (words < shingleWords) {
                long h = SEED;
                for (int w = 0; w < words; w++) {
                    h = mix(h, window[w]);
                }
                count(nonZero(h));
            }
            if (same && words == post.length) {
                return Outcome.EXACT;
            }
            double jaccard = (double) common / (shingles.size() + misses.size());
            return jaccard >= similarity ? Outcome.NEAR : Outcome.DIFFERENT;
        }
    }

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private static long mix(long h, long word) {
        return Long.rotateLeft(h ^ word, 27) * 0xBF58476D1CE4E5B9L;
    }

    /** Shingle hashes are never 0, the empty slot of {@link LongSet}. */
    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    private static long shingle(long[] words, int from, int k) {
        long h = SEED;
        for (int w = from; w < from + k; w++) {
            h = mix(h, words[w]);
        }
        return nonZero(h);
    }

    /**
     * Jaccard similarity of the shingle sets of two texts, computed plainly with two full sets; the reference that
     * {@link #check} must agree with (tests and tuning).
     */
    double similarity(String a, String b) {
        var sa = shingleSet(NormalisedText.wordHashes(a));
        var sb = shingleSet(NormalisedText.wordHashes(b));
        if (sa.size() == 0 && sb.size() == 0) {
            return 1;
        }
        int common = 0;
        for (long v : sb.values()) {
            if (sa.slotOf(v) >= 0) {
                common++;
            }
        }
        return (double) common / (sa.size() + sb.size() - common);
    }

    private LongSet shingleSet(long[] words) {
        var set = new LongSet(words.length);
        int k = Math.min(shingleWords, words.length);
        for (int s = 0; s + k <= words.length; s++) {
            set.add(shingle(words, s, k));
        }
        return set;
    }

    /** An open-addressing set of non-zero longs. */
    static final class LongSet {
        private long[] table;
        private int mask;
        private int size;

        LongSet(int expected) {
            allocate(expected);
        }

        private void allocate(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
            table = new long[capacity];
            mask = capacity - 1;
        }

        void clear() {
            if (size > 0) {
                Arrays.fill(table, 0L);
                size = 0;
            }
        }

        int size() {
            return size;
        }

        int capacity() {
            return table.length;
        }

        /** Adds {@code value} (not 0); whether it was new. */
        boolean add(long value) {
            if (value == 0) {
                throw new IllegalArgumentException("0 marks an empty slot");
            }
            if (size * 2 >= table.length) {
                grow();
            }
            for (int slot = slot(value);; slot = (slot + 1) & mask) {
                long there = table[slot];
                if (there == 0) {
                    table[slot] = value;
                    size++;
                    return true;
                }
                if (there == value) {
                    return false;
                }
            }
        }

        /** Where {@code value} is stored (stable until the set grows), or -1. */
        int slotOf(long value) {
            for (int slot = slot(value);; slot = (slot + 1) & mask) {
                long there = table[slot];
                if (there == value) {
                    return slot;
                }
                if (there == 0) {
                    return -1;
                }
            }
        }

        long[] values() {
            long[] values = new long[size];
            int n = 0;
            for (long v : table) {
                if (v != 0) {
                    values[n++] = v;
                }
            }
            return values;
        }

        private int slot(long value) {
            long h = value * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private void grow() {
            long[] old = table;
            allocate(old.length);
            size = 0;
            for (long v : old) {
                if (v != 0) {
                    add(v);
                }
            }
        }
    }
}
