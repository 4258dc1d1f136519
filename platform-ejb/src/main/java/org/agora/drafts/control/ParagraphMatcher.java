package org.agora.drafts.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Gives the paragraphs of a new version their keys, following paragraphs from the previous version:
 * <ol>
 *   <li>identical text (ignoring case and spacing) keeps its key;</li>
 *   <li>an edited paragraph keeps the key of the most similar remaining predecessor, if their similarity (cosine over
 *       word counts) reaches {@link #THRESHOLD}; pairs are taken best first, ties going to the nearer position, so
 *       position only breaks ties and reordering is handled;</li>
 *   <li>everything else gets a new key. A new paragraph that closely resembles an already-matched predecessor records
 *       it as its origin (the second half of a split); a removed predecessor that closely resembles a new paragraph
 *       records where it went (merged into it).</li>
 * </ol>
 * Pure computation: O(n) for identical paragraphs, O(u·v·w) for the u removed and v added paragraphs that need
 * similarity, with w the number of distinct words in a paragraph.
 */
public final class ParagraphMatcher {

    /** Minimum cosine similarity for an edited paragraph to keep its predecessor's key. */
    public static final double THRESHOLD = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A paragraph of the previous version. */
    public record Previous(String key, String text) {
    }

    public enum Origin { UNCHANGED, EDITED, NEW }

    /**
     * The key for one paragraph of the new version.
     *
     * @param similarity 1 for unchanged, the cosine for edited, for new the best similarity to any predecessor
     * @param derivedFrom for a new paragraph split off a matched one: that predecessor's key
     */
    public record Assigned(String key, Origin origin, double similarity, Optional<String> derivedFrom) {
    }

    /**
     * @param assigned one entry per new paragraph, in order
     * @param removed  predecessors no paragraph kept, each with the key of the paragraph it was merged into, if any
     */
    public record Result(List<Assigned> assigned, Map<String, Optional<String>> removed) {
    }

    private ParagraphMatcher() {
    }

    public static Result match(List<Previous> previous, List<String> next, Supplier<String> newKey) {
        var assigned = new Assigned[next.size()];
        var taken = new boolean[previous.size()];

        // 1. identical paragraphs, first come first served in document order
        var byText = new HashMap<String, ArrayDeque<Integer>>();
        for (int i = 0; i < previous.size(); i++) {
            byText.computeIfAbsent(normalise(previous.get(i).text()), k -> new ArrayDeque<>()).add(i);
        }
        for (int j = 0; j < next.size(); j++) {
            var candidates = byText.get(normalise(next.get(j)));
            if (candidates != null && !candidates.isEmpty()) {
                int i = candidates.poll();
                taken[i] = true;
                assigned[j] = new Assigned(previous.get(i).key(), Origin.UNCHANGED, 1.0, Optional.empty());
            }
        }

        // 2. edited paragraphs: most similar pairs first
        var oldVectors = new WordVector[previous.size()];
        for (int i = 0; i < previous.size(); i++) {
            oldVectors[i] = WordVector.of(previous.get(i).text());
        }
        var newVectors = new WordVector[next.size()];
        for (int j = 0; j < next.size(); j++) {
            newVectors[j] = WordVector.of(next.get(j));
        }
        var pairs = new ArrayList<Pair>();
        for (int j = 0; j < next.size(); j++) {
            if (assigned[j] != null) {
                continue;
            }
            for (int i = 0; i < previous.size(); i++) {
                if (!taken[i]) {
                    double similarity = oldVectors[i].cosine(newVectors[j]);
                    if (similarity >= THRESHOLD) {
                        pairs.add(new Pair(i, j, similarity));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(p -> Math.abs(p.oldIndex() - p.newIndex())));
        for (var pair : pairs) {
            if (!taken[pair.oldIndex()] && assigned[pair.newIndex()] == null) {
                taken[pair.oldIndex()] = true;
                assigned[pair.newIndex()] = new Assigned(previous.get(pair.oldIndex()).key(), Origin.EDITED,
                        pair.similarity(), Optional.empty());
            }
        }

        // 3. new paragraphs, remembering what they were split from
        for (int j = 0; j < next.size(); j++) {
            if (assigned[j] == null) {
                int best = -1;
                double bestSimilarity = 0;
                for (int i = 0; i < previous.size(); i++) {
                    double similarity = oldVectors[i].cosine(newVectors[j]);
                    if (similarity > bestSimilarity) {
                        best = i;
                        bestSimilarity = similarity;
                    }
                }
                Optional<String> origin = best >= 0 && taken[best] && bestSimilarity >= THRESHOLD
                        ? Optional.of(previous.get(best).key()) : Optional.empty();
                assigned[j] = new Assigned(newKey.get(), Origin.NEW, bestSimilarity, origin);
            }
        }

        // removed predecessors, remembering what they were merged into
        var removed = new java.util.LinkedHashMap<String, Optional<String>>();
        for (int i = 0; i < previous.size(); i++) {
            if (!taken[i]) {
                int best = -1;
                double bestSimilarity = THRESHOLD;
                for (int j = 0; j < next.size(); j++) {
                    double similarity = oldVectors[i].cosine(newVectors[j]);
                    if (similarity >= bestSimilarity && assigned[j].origin() != Origin.NEW) {
                        best = j;
                        bestSimilarity = similarity;
                    }
                }
                removed.put(previous.get(i).key(), best >= 0 ? Optional.of(assigned[best].key()) : Optional.empty());
            }
        }
        return new Result(List.of(assigned), removed);
    }

    private record Pair(int oldIndex, int newIndex, double similarity) {
    }

    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Word counts of a text as parallel sorted arrays, for fast cosine similarity. */
    static final class WordVector {
        private final String[] words;
        private final int[] counts;
        private final double norm;

        private WordVector(String[] words, int[] counts) {
            this.words = words;
            this.counts = counts;
            double sum = 0;
            for (int c : counts) {
                sum += (double) c * c;
            }
            this.norm = Math.sqrt(sum);
        }

        static WordVector of(String text) {
            var counts = new HashMap<String, Integer>();
            var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                counts.merge(matcher.group(), 1, Integer::sum);
            }
            String[] words = counts.keySet().toArray(String[]::new);
            Arrays.sort(words);
            int[] values = new int[words.length];
            for (int k = 0; k < words.length; k++) {
                values[k] = counts.get(words[k]);
            }
            return new WordVector(words, values);
        }

        double cosine(WordVector other) {
            if (norm == 0 || other.norm == 0) {
                return 0;
            }
            long dot = 0;
            int a = 0;
            int b = 0;
            while (a < words.length && b < other.words.length) {
                int cmp = words[a].compareTo(other.words[b]);
                if (cmp == 0) {
                    dot += (long) counts[a++] * other.counts[b++];
                } else if (cmp < 0) {
                    a++;
                } else {
                    b++;
                }
            }
            return dot / (norm * other.norm);
        }
    }
}
