package org.agora.moderation.control;

import java.text.Normalizer;

/**
 * A post's text folded once for all the rules that look at words: what is left when the usual disguises are taken
 * off, split into words. Built in one pass over the characters, with no regular expressions.
 *
 * <p>Folding, in order:
 * <ol>
 *   <li>compatibility decomposition (NFKD) when the text is not plain ASCII: fullwidth {@code ｉｄｉｏｔ}, circled
 *       and mathematical letters, ligatures become ordinary letters, accented letters become letter + mark;</li>
 *   <li>combining marks and invisible format characters (zero-width space and joiners, soft hyphen, word joiner,
 *       byte-order mark) are dropped, so {@code ìdïot} → {@code idiot} and
 *       {@code id<zero-width space>iot} → {@code idiot};</li>
 *   <li>lower case, then letters that look like Latin ones are read as those: Cyrillic {@code а е о р с у х і ѕ ј},
 *       Greek {@code α ε ο ρ ι κ ν τ υ χ}, and {@code ø ł đ};</li>
 *   <li>words are runs of letters, digits, {@code @} and {@code $}; inside a word that has a letter (or is a single
 *       character), leetspeak digits and symbols are read as letters: {@code 1→i 3→e 0→o 4→a 5→s 7→t @→a $→s};
 *       numbers alone stay numbers;</li>
 *   <li>words joined only by {@code . - _ * '} (no space) form a <em>chunk</em>, so that {@code i.d.i.o.t} and
 *       {@code i-d-i-o-t} can be read as one word by whoever needs it ({@link Lexicon}); other punctuation
 *       between words (a comma, a colon, a bracket) is remembered, so that a phrase is not read across it.</li>
 * </ol>
 * Repeated letters ({@code iiiidiot}) are left as they are: the {@link Lexicon} matches stretched words itself,
 * since collapsing them here would make {@code ass} and {@code as} the same word.
 */
public final class NormalisedText {

    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_JOINER = new boolean[128];
    private static final char[] LEET = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD[c] = true;
            LEET[c] = c;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII_WORD[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD[c] = true;
            LEET[c] = c;
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

    private final char[] chars;
    private final int[] start;
    private final int[] end;
    private final int[] chunk;
    private final boolean[] punctuated;
    private final int words;

    private NormalisedText(char[] chars, int[] start, int[] end, int[] chunk, boolean[] punctuated, int words) {
        this.chars = chars;
        this.start = start;
        this.end = end;
        this.chunk = chunk;
        this.punctuated = punctuated;
        this.words = words;
    }

    /** Folds and splits {@code text}. */
    public static NormalisedText of(String text) {
        String source = text;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                source = Normalizer.normalize(text, Normalizer.Form.NFKD);
                break;
            }
        }
        int length = source.length();
        char[] buf = new char[length];
        int n = 0;
        for (int i = 0; i < length;) {
            char c = source.charAt(i);
            if (c < 0x80) {
                buf[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
                continue;
            }
            int cp = source.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            cp = lookalike(Character.toLowerCase(cp));
            if (Character.isBmpCodePoint(cp)) {
                buf[n++] = (char) cp;
            } else {
                buf[n++] = Character.highSurrogate(cp);
                buf[n++] = Character.lowSurrogate(cp);
            }
        }
        return split(buf, n);
    }

    private static NormalisedText split(char[] buf, int n) {
        int capacity = n / 2 + 1;
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        int[] chunk = new int[capacity];
        boolean[] punctuated = new boolean[capacity];
        int words = 0;
        int chunks = -1;
        boolean separated = true;
        boolean punctuation = false;
        int i = 0;
        while (i < n) {
            char c = buf[i];
            if (isWordChar(c)) {
                int s = i;
                boolean letter = false;
                while (i < n && isWordChar(buf[i])) {
                    char w = buf[i];
                    letter |= w < 0x80 ? (w >= 'a' && w <= 'z') : Character.isLetter(w);
                    i++;
                }
                if (separated) {
                    chunks++;
                    separated = false;
                }
                if (letter || i - s == 1) {
                    for (int k = s; k < i; k++) {
                        char w = buf[k];
                        if (w < 0x80) {
                            buf[k] = LEET[w];
                        }
                    }
                }
                start[words] = s;
                end[words] = i;
                chunk[words] = chunks;
                punctuated[words] = punctuation;
                punctuation = false;
                words++;
            } else {
                if (c >= 0x80 || !ASCII_JOINER[c]) {
                    separated = true;
                    punctuation |= !Character.isWhitespace(c) && !Character.isSpaceChar(c);
                }
                i++;
            }
        }
        return new NormalisedText(buf, start, end, chunk, punctuated, words);
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
        return new String(chars, start[i], end[i] - start[i]);
    }

    /** Whether words {@code i} and {@code j} were written without a space between them (e.g. {@code a.b}). */
    public boolean sameChunk(int i, int j) {
        check(i);
        check(j);
        return chunk[i] == chunk[j];
    }

    char[] chars() {
        return chars;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    int length(int i) {
        return end[i] - start[i];
    }

    int chunk(int i) {
        return chunk[i];
    }

    /** Whether punctuation other than {@code . - _ * '} stands between word {@code i - 1} and word {@code i}. */
    boolean punctuatedBefore(int i) {
        return punctuated[i];
    }

    /** A 64-bit hash of word {@code i} (FNV-1a over its folded characters). */
    long wordHash(int i) {
        long h = 0xcbf29ce484222325L;
        for (int k = start[i], e = end[i]; k < e; k++) {
            h ^= chars[k];
            h *= 0x100000001b3L;
        }
        return h;
    }

    private void check(int i) {
        if (i < 0 || i >= words) {
            throw new IndexOutOfBoundsException("word " + i + " of " + words);
        }
    }
}
