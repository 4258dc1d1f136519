package org.agora.comments.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Carries an {@link Anchor} from one draft version to the next.
 * <ol>
 *   <li>Candidates, in order: the paragraph with the same key; paragraphs split off it ({@code derivedFrom}); then
 *       every other paragraph, nearest to the old position first (a merge moves text into a neighbour).</li>
 *   <li>A whole-paragraph anchor follows its key, or the first paragraph split off it; otherwise it is orphaned.</li>
 *   <li>A passage anchor takes the first candidate that contains the quote exactly (among several occurrences, the
 *       one whose surrounding text best matches the recorded prefix and suffix, then the nearest); failing that,
 *       the best fuzzy match of the quote's words ({@link #FUZZY_THRESHOLD}) within the successor paragraph or
 *       nearby ({@link #FUZZY_CANDIDATES}); failing that, it is orphaned.</li>
 * </ol>
 * Text is compared in Unicode NFC with zero-width and bidirectional control characters ignored, so invisible
 * characters cannot hide a quote or make a false one.
 */
public final class Reanchoring {

    /** How many of the best candidates (successor, split-offs, nearest neighbours) a fuzzy search looks at. */
    static final int FUZZY_CANDIDATES = 6;

    /** Minimum word-overlap similarity for a fuzzy match of a quote. */
    public static final double FUZZY_THRESHOLD = 0.6;

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A paragraph of the new version. */
    public record Target(String key, String text, Optional<String> derivedFrom) {
    }

    public enum Outcome {
        /** Same paragraph, quote found as it was. */
        KEPT,
        /** Quote found exactly, in another paragraph (split, merged or moved text). */
        MOVED,
        /** Quote changed; the closest passage was chosen. */
        FUZZY,
        /** No good place in the new version: still readable, marked as orphaned. */
        ORPHANED
    }

    /** Where the anchor lands; {@code anchor} is empty only when orphaned. */
    public record Result(Outcome outcome, Optional<Anchor> anchor, double similarity) {
    }

    private Reanchoring() {
    }

    public static Result carry(Anchor anchor, int oldParagraphIndex, List<Target> next) {
        var candidates = candidates(anchor.paragraphKey(), oldParagraphIndex, next);
        if (!anchor.isPassage()) {
            for (int i : candidates) {
                Target t = next.get(i);
                if (t.key().equals(anchor.paragraphKey()) || t.derivedFrom().filter(anchor.paragraphKey()::equals)
                        .isPresent()) {
                    var outcome = t.key().equals(anchor.paragraphKey()) ? Outcome.KEPT : Outcome.MOVED;
                    return new Result(outcome, Optional.of(Anchor.wholeParagraph(t.key())), 1.0);
                }
            }
            return orphaned();
        }
        String quote = normalise(anchor.exact());
        for (int i : candidates) {
            Target t = next.get(i);
            String text = normalise(t.text());
            int at = bestOccurrence(text, quote, normalise(anchor.prefix()), normalise(anchor.suffix()),
                    anchor.position());
            if (at >= 0) {
                var outcome = t.key().equals(anchor.paragraphKey()) ? Outcome.KEPT : Outcome.MOVED;
                return new Result(outcome, Optional.of(Anchor.of(t.key(), text, at, at + quote.length())), 1.0);
            }
        }
        Result best = orphaned();
        for (int i : candidates.subList(0, Math.min(FUZZY_CANDIDATES, candidates.size()))) {
            Target t = next.get(i);
            var match = fuzzy(normalise(t.text()), quote);
            if (match.isPresent() && match.get().similarity() > best.similarity()) {
                String text = normalise(t.text());
                best = new Result(Outcome.FUZZY, Optional.of(Anchor.of(t.key(), text, match.get().start(),
                        match.get().end())), match.get().similarity());
            }
        }
        return best;
    }

    private static Result orphaned() {
        return new Result(Outcome.ORPHANED, Optional.empty(), 0);
    }

    /** Indices of the new paragraphs to try, best first. */
    static List<Integer> candidates(String key, int oldIndex, List<Target> next) {
        var order = new LinkedHashSet<Integer>();
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).key().equals(key)) {
                order.add(i);
            }
        }
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).derivedFrom().filter(key::equals).isPresent()) {
                order.add(i);
            }
        }
        var rest = new ArrayList<Integer>();
        for (int i = 0; i < next.size(); i++) {
            rest.add(i);
        }
        rest.sort((a, b) -> Integer.compare(Math.abs(a - oldIndex), Math.abs(b - oldIndex)));
        order.addAll(rest);
        return new ArrayList<>(order);
    }

    /** Offset of the occurrence of {@code quote} whose context best matches, or -1. */
    static int bestOccurrence(String text, String quote, String prefix, String suffix, int position) {
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            String before = text.substring(Math.max(0, at - prefix.length()), at);
            String after = text.substring(at + quote.length(), Math.min(text.length(), at + quote.length()
                    + suffix.length()));
            int score = commonSuffix(before, prefix) + commonPrefix(after, suffix);
            score = score * 1000 - Math.min(999, Math.abs(at - position));
            if (score > bestScore) {
                best = at;
                bestScore = score;
            }
        }
        return best;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    record Span(int start, int end, double similarity) {
    }

    /**
     * The run of words in {@code text} most like the quote's words: windows from 75% to 125% of the quote's length,
     * scored by Dice similarity over word multisets (order-insensitive, so reworded quotes still match).
     */
    static Optional<Span> fuzzy(String text, String quote) {
        var quoteWords = words(quote);
        var textWords = words(text);
        if (quoteWords.isEmpty() || textWords.isEmpty()) {
            return Optional.empty();
        }
        var quoteTokens = quoteWords.stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
        Span best = null;
        int min = Math.max(1, (int) Math.floor(quoteWords.size() * 0.75));
        int max = Math.max(min, (int) Math.ceil(quoteWords.size() * 1.25));
        for (int length = min; length <= max; length++) {
            for (int from = 0; from + length <= textWords.size(); from++) {
                var window = textWords.subList(from, from + length).stream()
                        .map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
                double similarity = dice(quoteTokens, window);
                if (similarity >= FUZZY_THRESHOLD && (best == null || similarity > best.similarity())) {
                    best = new Span(textWords.get(from).start(), textWords.get(from + length - 1).end(), similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    record Word(String text, int start, int end) {
    }

    static List<Word> words(String text) {
        var words = new ArrayList<Word>();
        var matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.group(), matcher.start(), matcher.end()));
        }
        return words;
    }

    static double dice(List<String> a, List<String> b) {
        var remaining = new ArrayList<>(b);
        int common = 0;
        for (String word : a) {
            if (remaining.remove(word)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** NFC, without zero-width or bidirectional control characters. */
    public static String normalise(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
    }
}
