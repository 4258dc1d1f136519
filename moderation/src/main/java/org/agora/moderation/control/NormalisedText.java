package org.agora.moderation.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A post's text folded once for all the rules that look at words: what is left when the usual disguises are taken
 * off, split into words. Built in one pass over the characters, with no regular expressions.
 *
 * <p>Folding, in order:
 * <ol>
 *   <li>compatibility decomposition (NFKD) of every non-ASCII character: fullwidth {@code ｉｄｉｏｔ}, circled
 *       and mathematical letters, ligatures become ordinary letters, accented letters become letter + mark (each
 *       character is decomposed once per JVM and remembered, so this costs a table look-up);</li>
 *   <li>combining marks and invisible format characters (zero-width space and joiners, soft hyphen, word joiner,
 *       byte-order mark) are dropped, so {@code ìdïot} → {@code idiot} and
 *       {@code id<zero-width space>iot} → {@code idiot};</li>
 *   <li>lower case, then letters that look like Latin ones are read as those: Cyrillic {@code а е о р с у х і ѕ ј},
 *       Greek {@code α ε ο ρ ι κ ν τ υ χ}, and {@code ø ł đ};</li>
 *   <li>words are runs of letters, digits, {@code @} and {@code $}; inside a word that has a letter (or is a single
 *       character), leetspeak digits and symbols are read as letters: {@code 1→i 3→e 0→o 4→a 5→s 7→t @→a $→s};
 *       numbers alone stay numbers;</li>
 *   <li>words joined only by {@code . - _ * '} (or a typographic apostrophe or hyphen; no space) form a
 *       <em>chunk</em>, so that {@code i.d.i.o.t} and {@code i-d-i-o-t} can be read as one word by whoever needs
 *       it ({@link Lexicon}); other punctuation between words (a comma, a colon, a bracket) is remembered, so that
 *       a phrase is not read across it.</li>
 * </ol>
 * Repeated letters ({@code iiiidiot}) are left as they are: the {@link Lexicon} matches stretched words itself,
 * since collapsing them here would make {@code ass} and {@code as} the same word.
 */
public final class NormalisedText {

    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_JOINER = new boolean[128];
    private static final char[] LEET = new char[128];
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    static {
        for (char c = 0; c < 128; c++) {
            LEET[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII_WORD[c] = true;
            LEET[c] = (char) (c + ('a' - 'A'));
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
        }
        ASCII_WORD['@'] = true;
        ASCII_WORD['$'] = true;
        LEET['1'] = 'i';
        LEET['3'] = 'e';
        LEET['0'] = 'o';
        LEET['4'] = 'a';
        LEET['5'] = 's';
        LEET['7'] = 't';
        LEET['@'] = 'a';
        LEET['$'] = 's';
        for (char c : ".-_*'".toCharArray()) {
            ASCII_JOINER[c] = true;
        }
    }

    /*
     * Folding a non-ASCII character (steps 1 to 3) does not depend on its neighbours: NFKD decomposes character by
     * character, and the only thing it does across characters, ordering combining marks, does not matter once marks
     * are dropped. So each BMP character is folded once, on first sight, and remembered: FOLDED holds the folded
     * character, DROP (nothing left), MULTI (several characters, in FOLDED_MULTI) or UNKNOWN (not seen yet). Writes
     * race harmlessly: every thread computes the same value (and a thread that sees MULTI before the map entry folds
     * the character itself). Characters outside the BMP (mathematical letters, emoji) are rare and folded each time.
     */
    private static final char UNKNOWN = 0;
    private static final char DROP = 0xFFFF;
    private static final char MULTI = 0xFFFE;
    private static final char[] FOLDED = new char[0x10000];
    private static final ConcurrentHashMap<Character, String> FOLDED_MULTI = new ConcurrentHashMap<>();

    private final char[] chars;
    /** Word i is {@code chars[bounds[2i], bounds[2i + 1])}. */
    private final int[] bounds;
    /** For word i: its chunk number shifted left by one, ORed with 1 if punctuation precedes it. */
    private final int[] info;
    private final int words;
    private final int letters;
    private final int capitals;

    private NormalisedText(char[] chars, int[] bounds, int[] info, int words, int letters, int capitals) {
        this.chars = chars;
        this.bounds = bounds;
        this.info = info;
        this.words = words;
        this.letters = letters;
        this.capitals = capitals;
    }

    /** Folds and splits {@code text}. */
    public static NormalisedText of(String text) {
        return split(fold(text, 0));
    }

    /** Receives word hashes one by one; returns {@code false} to stop early. */
    @FunctionalInterface
    interface WordHashSink {
        boolean accept(long hash);
    }

    /**
     * Hands the hashes of the words of {@code text} to {@code sink}, the same as {@link #wordHashes()} of
     * {@code of(text)}, until the sink has seen enough. Plain ASCII text is hashed in one pass without folding or
     * splitting first (what comparing an author's recent posts needs).
     */
    static void forEachWordHash(String text, WordHashSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            if (!ASCII_WORD[c]) {
                i++;
                continue;
            }
            int wordStart = i;
            long h = FNV_OFFSET;
            do {
                h = (h ^ LEET[c]) * FNV_PRIME;
            } while (++i < n && (c = text.charAt(i)) < 0x80 && ASCII_WORD[c]);
            if (i < n && c >= 0x80) {
                i = wordStart;      // the word goes on past ASCII: hash it again from the folded text
                break;
            }
            if (!sink.accept(h)) {
                return;
            }
        }
        if (i >= n) {
            return;
        }
        // Non-ASCII from here on: fold the rest (folding is character by character, so the rest folds alone).
        var folded = fold(text, i);
        char[] buf = folded.chars();
        for (int k = 0, m = folded.length(); k < m;) {
            char c = buf[k];
            if (!isWordChar(c)) {
                k++;
                continue;
            }
            long h = FNV_OFFSET;
            do {
                h = (h ^ (c < 0x80 ? LEET[c] : c)) * FNV_PRIME;
            } while (++k < m && isWordChar(c = buf[k]));
            if (!sink.accept(h)) {
                return;
            }
        }
    }

    /** All word hashes of {@code text} ({@link #forEachWordHash}), as an array. */
    static long[] wordHashes(String text) {
        var all = new Object() {
            long[] hashes = new long[16];
            int count;
        };
        forEachWordHash(text, hash -> {
            if (all.count == all.hashes.length) {
                all.hashes = Arrays.copyOf(all.hashes, all.count * 2);
            }
            all.hashes[all.count++] = hash;
            return true;
        });
        return Arrays.copyOf(all.hashes, all.count);
    }

    /** Folded text in {@code chars[0, length)}, and how many letters and capitals the text had. */
    private record Folded(char[] chars, int length, int letters, int capitals) {
    }

    /** {@code text} from {@code from} on, folded (steps 1–3 above). */
    private static Folded fold(String text, int from) {
        int length = text.length();
        char[] buf = new char[length - from + 16];
        int n = 0;
        int letters = 0;
        int capitals = 0;
        for (int i = from; i < length;) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                    capitals++;
                    letters++;
                } else if (c >= 'a' && c <= 'z') {
                    letters++;
                }
                buf[n++] = c;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp)) {
                    capitals++;
                }
            }
            char folded = Character.isBmpCodePoint(cp) ? FOLDED[cp] : MULTI;
            if (folded == UNKNOWN) {
                folded = foldOnce((char) cp);
            }
            if (folded == DROP) {
                continue;
            }
            if (folded != MULTI) {
                buf[n++] = folded;
                continue;
            }
            String several = Character.isBmpCodePoint(cp) ? FOLDED_MULTI.get((char) cp) : null;
            if (several == null) {
                several = foldCodePoint(cp);
            }
            if (n + several.length() + (length - i) > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + several.length() + (length - i)));
            }
            several.getChars(0, several.length(), buf, n);
            n += several.length();
        }
        return new Folded(buf, n, letters, capitals);
    }

    private static char foldOnce(char c) {
        String folded = foldCodePoint(c);
        char result;
        if (folded.isEmpty()) {
            result = DROP;
        } else if (folded.length() == 1 && folded.charAt(0) != UNKNOWN && folded.charAt(0) < MULTI) {
            result = folded.charAt(0);
        } else {
            FOLDED_MULTI.put(c, folded);
            result = MULTI;
        }
        FOLDED[c] = result;
        return result;
    }

    /** One code point folded: NFKD, marks and format characters dropped, lower case, look-alikes read as Latin. */
    private static String foldCodePoint(int codePoint) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        var sb = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                sb.appendCodePoint(lookalike(Character.toLowerCase(cp)));
            }
        });
        return sb.toString();
    }

    private static NormalisedText split(Folded folded) {
        char[] buf = folded.chars();
        int n = folded.length();
        int capacity = n / 5 + 8;
        int[] bounds = new int[2 * capacity];
        int[] info = new int[capacity];
        int words = 0;
        int chunks = -1;
        boolean separated = true;
        boolean punctuation = false;
        int i = 0;
        while (i < n) {
            char c = buf[i];
            if (isWordChar(c)) {
                int s = i;
                int kinds = 0;
                while (i < n) {
                    int kind = kind(buf[i]);
                    if (kind == 0) {
                        break;
                    }
                    kinds |= kind;
                    i++;
                }
                if (separated) {
                    chunks++;
                    separated = false;
                }
                if ((kinds & LEET_KIND) != 0 && ((kinds & LETTER) != 0 || i - s == 1)) {
                    for (int k = s; k < i; k++) {
                        char w = buf[k];
                        if (w < 0x80) {
                            buf[k] = LEET[w];
                        }
                    }
                }
                if (words == info.length) {
                    info = Arrays.copyOf(info, words * 2);
                    bounds = Arrays.copyOf(bounds, words * 4);
                }
                bounds[2 * words] = s;
                bounds[2 * words + 1] = i;
                info[words] = chunks << 1 | (punctuation ? 1 : 0);
                punctuation = false;
                words++;
            } else {
                if (!isJoiner(c)) {
                    separated = true;
                    punctuation |= c < 0x80 ? c > ' ' : !Character.isWhitespace(c) && !Character.isSpaceChar(c);
                }
                i++;
            }
        }
        return new NormalisedText(buf, bounds, info, words, folded.letters(), folded.capitals());
    }

    /** {@code . - _ * '}, the typographic apostrophes and the Unicode hyphens. */
    private static boolean isJoiner(char c) {
        return c < 0x80 ? ASCII_JOINER[c] : c == '\u2019' || c == '\u2018' || c == '\u2010';
    }

    private static final int WORD = 1;
    private static final int LETTER = 2;
    /** A leetspeak digit or symbol, read as a letter inside a word that has letters. */
    private static final int LEET_KIND = 4;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = (byte) ((ASCII_WORD[c] ? WORD : 0) | (Character.isLetter(c) ? LETTER : 0)
                    | (ASCII_WORD[c] && LEET[c] != c && !Character.isLetter(c) ? LEET_KIND : 0));
        }
    }

    /** What kind of word character {@code c} is (a combination of the bits above), or 0 if it is none. */
    private static int kind(char c) {
        if (c < 0x80) {
            return ASCII_KIND[c];
        }
        return Character.isLetter(c) ? WORD | LETTER : Character.isDigit(c) ? WORD : 0;
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /**
     * Latin letters for lower-case letters that look like them but do not decompose to them: Cyrillic, Greek, a few
     * Latin letters with strokes. Written as escapes so that nobody mistakes them for their Latin look-alikes.
     */
    private static int lookalike(int cp) {
        return switch (cp) {
            case '\u0430', '\u03b1' -> 'a';                     // Cyrillic a, Greek alpha
            case '\u0435', '\u03b5' -> 'e';                     // Cyrillic ie, Greek epsilon
            case '\u043e', '\u03bf', '\u00f8' -> 'o';           // Cyrillic o, Greek omicron, o with stroke
            case '\u0440', '\u03c1' -> 'p';                     // Cyrillic er, Greek rho
            case '\u0441', '\u03f2' -> 'c';                     // Cyrillic es, Greek lunate sigma
            case '\u0443', '\u03b3' -> 'y';                     // Cyrillic u, Greek gamma
            case '\u0445', '\u03c7' -> 'x';                     // Cyrillic ha, Greek chi
            case '\u0456', '\u03b9', '\u0131', '\u0269' -> 'i'; // Ukrainian i, Greek iota, dotless i, Latin iota
            case '\u0458', '\u03f3' -> 'j';                     // Cyrillic je, Greek yot
            case '\u0455' -> 's';                               // Cyrillic dze
            case '\u0501' -> 'd';                               // Cyrillic komi de
            case '\u0111' -> 'd';                               // d with stroke
            case '\u0261' -> 'g';                               // Latin script g
            case '\u043a', '\u03ba' -> 'k';                     // Cyrillic ka, Greek kappa
            case '\u043c' -> 'm';                               // Cyrillic em
            case '\u03bd' -> 'v';                               // Greek nu
            case '\u03c4' -> 't';                               // Greek tau
            case '\u03c5' -> 'u';                               // Greek upsilon
            case '\u0142' -> 'l';                               // l with stroke
            case '\u051b' -> 'q';                               // Cyrillic qa
            case '\u051d' -> 'w';                               // Cyrillic we
            default -> cp;
        };
    }

    /** How many words the text has. */
    public int wordCount() {
        return words;
    }

    /** Word {@code i} as folded, e.g. {@code idiot} for {@code 1D10T}. */
    public String word(int i) {
        check(i);
        return new String(chars, bounds[2 * i], bounds[2 * i + 1] - bounds[2 * i]);
    }

    /** How many letters the text has (in any alphabet; an accented letter counts once). */
    public int letters() {
        return letters;
    }

    /** How many of its letters are capitals. */
    public int capitals() {
        return capitals;
    }

    /** Whether words {@code i} and {@code j} were written without a space between them (e.g. {@code a.b}). */
    public boolean sameChunk(int i, int j) {
        check(i);
        check(j);
        return info[i] >>> 1 == info[j] >>> 1;
    }

    char[] chars() {
        return chars;
    }

    int start(int i) {
        return bounds[2 * i];
    }

    int end(int i) {
        return bounds[2 * i + 1];
    }

    int length(int i) {
        return bounds[2 * i + 1] - bounds[2 * i];
    }

    int chunk(int i) {
        return info[i] >>> 1;
    }

    /** Whether punctuation other than {@code . - _ * '} stands between word {@code i - 1} and word {@code i}. */
    boolean punctuatedBefore(int i) {
        return (info[i] & 1) != 0;
    }

    /**
     * A 64-bit hash of word {@code i}: FNV-1a over its folded characters, with leetspeak read as letters even in
     * numbers (so {@code 10} and {@code io} hash alike, which is harmless for comparing texts and lets
     * {@link #forEachWordHash} hash in one pass).
     */
    long wordHash(int i) {
        long h = FNV_OFFSET;
        for (int k = bounds[2 * i], e = bounds[2 * i + 1]; k < e; k++) {
            char c = chars[k];
            h = (h ^ (c < 0x80 ? LEET[c] : c)) * FNV_PRIME;
        }
        return h;
    }

    /** The hashes of all words, in order ({@link #wordHash(int)} of each). */
    long[] wordHashes() {
        long[] hashes = new long[words];
        for (int i = 0; i < words; i++) {
            hashes[i] = wordHash(i);
        }
        return hashes;
    }

    private void check(int i) {
        if (i < 0 || i >= words) {
            throw new IndexOutOfBoundsException("word " + i + " of " + words);
        }
    }
}
