package org.agora.moderation.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A list of abusive terms (single words and phrases), each with the verdict it earns, and a matcher that finds them
 * in a {@link NormalisedText} despite the usual disguises.
 *
 * <h2>File format</h2>
 * UTF-8, one term per line: the severity ({@code hold} or {@code refuse}), white space, then the term in lower-case
 * letters with single spaces between words. Blank lines and lines starting with {@code #} are ignored.
 *
 * <h2>Matching</h2>
 * Terms match <em>whole words</em> of the folded text (so {@code class}, {@code assess}, {@code Scunthorpe},
 * {@code therapist} and {@code grape} never match {@code ass}, {@code cunt}, {@code rapist} or {@code rape}).
 * On top of what {@link NormalisedText} folds (case, accents, look-alike letters, leetspeak, zero-width
 * characters), a term also matches:
 * <ul>
 *   <li>stretched: each letter repeated at least as often as in the term ({@code iiiidiot}, {@code idioooot}; but
 *       {@code as} is not {@code ass});</li>
 *   <li>in the plural, for single words ({@code idiots}, {@code dumbasses});</li>
 *   <li>spelt out with separators: the words of a chunk joined ({@code i.d.i.o.t}, {@code i-d-i-o-t},
 *       {@code shut-up}) and runs of single letters separated by spaces ({@code i d i o t});</li>
 *   <li>written as one word for a phrase ({@code killyourself}, {@code shutup}).</li>
 * </ul>
 * The words of a phrase must follow each other with only white space or {@code . - _ * '} between them: "the shop
 * was shut, up the road" is not "shut up".
 * Lookup is a hash probe per word on the word with repeated letters collapsed (the key), then a check that the word
 * is the term stretched; no regular expression is involved and nothing is allocated unless something matches.
 */
public final class Lexicon {

    /** The resource holding the English list, next to this class. */
    public static final String ENGLISH = "lexicon-en.txt";

    /**
     * A term of the list.
     *
     * @param text    the term as listed, e.g. {@code kill yourself}
     * @param verdict what a post containing it earns ({@link Verdict#HOLD} or {@link Verdict#REFUSE})
     */
    public record Term(String text, Verdict verdict) {

        public Term {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(verdict, "verdict");
        }

        /** The term with all but the first letter of each word masked, e.g. {@code k*** y*******}. */
        public String masked() {
            var sb = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                sb.append(c == ' ' || i == 0 || text.charAt(i - 1) == ' ' ? c : '*');
            }
            return sb.toString();
        }
    }

    /** A way to reach a term from a key: by its first word (then the following words must follow) or as one word. */
    private record Entry(Term term, String[] words, String compact, boolean asOneWord) {
    }

    private static final int MAX_CONCAT = 64;

    private final List<Term> terms;
    private final String[] keys;
    private final Entry[][] entries;
    private final int mask;
    private final int maxKey;

    private Lexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
        var keyList = new ArrayList<String>();
        var entryList = new ArrayList<List<Entry>>();
        int longest = 0;
        for (var term : terms) {
            String[] words = term.text().split(" ");
            String compact = String.join("", words);
            longest = Math.max(longest, add(keyList, entryList, collapse(words[0]),
                    new Entry(term, words, compact, words.length == 1)));
            if (words.length > 1) {
                longest = Math.max(longest, add(keyList, entryList, collapse(compact),
                        new Entry(term, words, compact, true)));
            }
        }
        int size = Integer.highestOneBit(Math.max(4, keyList.size() * 4) - 1) << 1;
        keys = new String[size];
        entries = new Entry[size][];
        mask = size - 1;
        for (int k = 0; k < keyList.size(); k++) {
            String key = keyList.get(k);
            int slot = spread(key.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            entries[slot] = entryList.get(k).toArray(Entry[]::new);
        }
        maxKey = longest;
    }

    private static int add(List<String> keys, List<List<Entry>> entries, String key, Entry entry) {
        int at = keys.indexOf(key);
        if (at < 0) {
            keys.add(key);
            entries.add(new ArrayList<>());
            at = keys.size() - 1;
        }
        entries.get(at).add(entry);
        return key.length();
    }

    /** The English list shipped with Agora ({@value #ENGLISH}), loaded once. */
    public static Lexicon english() {
        return English.LEXICON;
    }

    private static final class English {
        static final Lexicon LEXICON = load(ENGLISH);
    }

    /** A list read from a resource next to this class (see the file format above). */
    public static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no lexicon resource " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /**
     * A list from lines in the file format above.
     *
     * @throws IllegalArgumentException naming the line, for an unknown severity, a term that is not lower-case
     *                                  letters and spaces, or a term listed twice
     */
    public static Lexicon parse(List<String> lines) {
        var terms = new ArrayList<Term>();
        var seen = new HashSet<String>();
        int number = 0;
        for (String line : lines) {
            number++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException("lexicon line " + number + ": severity and term expected");
            }
            Verdict verdict = switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "hold" -> Verdict.HOLD;
                case "refuse" -> Verdict.REFUSE;
                default -> throw new IllegalArgumentException(
                        "lexicon line " + number + ": severity must be hold or refuse, was " + parts[0]);
            };
            String text = String.join(" ", parts[1].strip().split("\\s+"));
            if (!text.matches("[a-z]+( [a-z]+)*")) {
                throw new IllegalArgumentException(
                        "lexicon line " + number + ": a term is lower-case letters and spaces, was " + text);
            }
            if (!seen.add(text)) {
                throw new IllegalArgumentException("lexicon line " + number + ": " + text + " is listed twice");
            }
            terms.add(new Term(text, verdict));
        }
        return new Lexicon(terms);
    }

    /** The terms of the list, in file order. */
    public List<Term> terms() {
        return terms;
    }

    /** The terms found in {@code text}, each once, in the order first found. */
    public List<Term> find(NormalisedText text) {
        var search = new Search(text);
        search.run();
        return search.found == null ? List.of() : search.found;
    }

    /** One search: scratch buffers for one text, so that the lexicon itself stays immutable and thread-safe. */
    private final class Search {
        final NormalisedText text;
        final char[] chars;
        final char[] key = new char[maxKey + 1];
        final char[] joined = new char[MAX_CONCAT];
        List<Term> found;

        Search(NormalisedText text) {
            this.text = text;
            this.chars = text.chars();
        }

        void run() {
            int words = text.wordCount();
            for (int i = 0; i < words; i++) {
                matchWordAt(i);
                if (i == 0 || text.chunk(i - 1) != text.chunk(i)) {
                    matchChunkFrom(i);
                }
                if (text.length(i) == 1 && (i == 0 || text.length(i - 1) != 1)) {
                    matchLetterRunFrom(i);
                }
            }
        }

        /** The word itself, a phrase starting with it, or (for single words) its plural. */
        private void matchWordAt(int i) {
            int from = text.start(i);
            int to = text.end(i);
            boolean matched = false;
            var candidates = lookup(chars, from, to);
            if (candidates != null) {
                for (var entry : candidates) {
                    if (entry.asOneWord()) {
                        matched |= stretched(chars, from, to, entry.compact()) && add(entry.term());
                    } else if (stretched(chars, from, to, entry.words()[0]) && phraseFollows(i, entry.words())) {
                        matched |= add(entry.term());
                    }
                }
            }
            if (!matched) {
                matchPlural(chars, from, to);
            }
        }

        private boolean phraseFollows(int i, String[] words) {
            if (i + words.length > text.wordCount()) {
                return false;
            }
            for (int w = 1; w < words.length; w++) {
                if (text.punctuatedBefore(i + w) || !stretched(chars, text.start(i + w), text.end(i + w), words[w])) {
                    return false;
                }
            }
            return true;
        }

        /** The words of a chunk written together: {@code i.d.i.o.t}, {@code kill-yourself}. */
        private void matchChunkFrom(int first) {
            int words = text.wordCount();
            int last = first;
            while (last + 1 < words && text.chunk(last + 1) == text.chunk(first)) {
                last++;
            }
            if (last == first) {
                return;
            }
            int length = 0;
            for (int w = first; w <= last; w++) {
                int l = text.length(w);
                if (length + l > MAX_CONCAT) {
                    return;
                }
                System.arraycopy(chars, text.start(w), joined, length, l);
                length += l;
            }
            matchJoined(length);
        }

        /**
         * Runs of single characters separated by spaces ({@code i d i o t}): every stretch of three or more, joined.
         * A stretch is extended only while its collapsed form can still be a key, and a stretch starting with a
         * repeated letter is skipped (the one starting a letter earlier covers it), so a long run costs linear time.
         * No plural needed: every prefix of a stretch is tried, so {@code i d i o t s} is found at {@code idiot}.
         */
        private void matchLetterRunFrom(int first) {
            int words = text.wordCount();
            int last = first;
            while (last + 1 < words && text.length(last + 1) == 1) {
                last++;
            }
            if (last - first < 2) {
                return;
            }
            for (int s = first; s <= last - 2; s++) {
                if (s > first && chars[text.start(s)] == chars[text.start(s - 1)]) {
                    continue;
                }
                int length = 0;
                int keyLength = 0;
                int hash = 0;
                for (int e = s; e <= last && length < MAX_CONCAT; e++) {
                    char c = chars[text.start(e)];
                    if (keyLength == 0 || c != key[keyLength - 1]) {
                        if (keyLength == maxKey) {
                            break;
                        }
                        key[keyLength++] = c;
                        hash = 31 * hash + c;
                    }
                    joined[length++] = c;
                    if (length >= 3) {
                        var candidates = probe(keyLength, hash);
                        if (candidates != null) {
                            for (var entry : candidates) {
                                if (entry.asOneWord() && stretched(joined, 0, length, entry.compact())) {
                                    add(entry.term());
                                }
                            }
                        }
                    }
                }
            }
        }

        /** {@code joined[0, length)} as one word: a single-word term, or a phrase written as one word. */
        private void matchJoined(int length) {
            boolean matched = false;
            var candidates = lookup(joined, 0, length);
            if (candidates != null) {
                for (var entry : candidates) {
                    if (entry.asOneWord() && stretched(joined, 0, length, entry.compact())) {
                        matched |= add(entry.term());
                    }
                }
            }
            if (!matched) {
                matchPlural(joined, 0, length);
            }
        }

        /** {@code idiots}, {@code dumbasses}: single-word terms followed by {@code s} or {@code es}. */
        private void matchPlural(char[] source, int from, int to) {
            if (to - from < 4 || source[to - 1] != 's') {
                return;
            }
            if (!matchSingleWord(source, from, to - 1) && source[to - 2] == 'e') {
                matchSingleWord(source, from, to - 2);
            }
        }

        private boolean matchSingleWord(char[] source, int from, int to) {
            var candidates = lookup(source, from, to);
            boolean matched = false;
            if (candidates != null) {
                for (var entry : candidates) {
                    if (entry.words().length == 1 && stretched(source, from, to, entry.compact())) {
                        matched |= add(entry.term());
                    }
                }
            }
            return matched;
        }

        /** The entries whose key is {@code source[from, to)} with repeated letters collapsed, or {@code null}. */
        private Entry[] lookup(char[] source, int from, int to) {
            int length = 0;
            int hash = 0;
            char previous = 0;
            for (int i = from; i < to; i++) {
                char c = source[i];
                if (c == previous && length > 0) {
                    continue;
                }
                if (length == maxKey) {
                    return null;
                }
                key[length++] = c;
                hash = 31 * hash + c;
                previous = c;
            }
            return length == 0 ? null : probe(length, hash);
        }

        /** The entries whose key is {@code key[0, length)}, whose hash is {@code hash}, or {@code null}. */
        private Entry[] probe(int length, int hash) {
            for (int slot = spread(hash) & mask;; slot = (slot + 1) & mask) {
                String candidate = keys[slot];
                if (candidate == null) {
                    return null;
                }
                if (candidate.length() == length && sameChars(candidate, key, length)) {
                    return entries[slot];
                }
            }
        }

        private boolean add(Term term) {
            if (found == null) {
                found = new ArrayList<>(2);
            }
            for (var t : found) {
                if (t == term) {
                    return true;
                }
            }
            found.add(term);
            return true;
        }
    }

    private static boolean sameChars(String s, char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code source[from, to)} is {@code term} with each run of a letter at least as long as in the term:
     * {@code iiidiot} and {@code idiot} are {@code idiot}; {@code as} is not {@code ass}.
     */
    static boolean stretched(char[] source, int from, int to, String term) {
        int i = from;
        int j = 0;
        int n = term.length();
        while (j < n) {
            char c = term.charAt(j);
            int inTerm = 0;
            while (j < n && term.charAt(j) == c) {
                inTerm++;
                j++;
            }
            int inSource = 0;
            while (i < to && source[i] == c) {
                inSource++;
                i++;
            }
            if (inSource < inTerm) {
                return false;
            }
        }
        return i == to;
    }

    static String collapse(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
