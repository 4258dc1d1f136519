package org.agora.drafts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts: words, spaces and punctuation are tokens, the longest common
 * subsequence of tokens is kept, the rest is deleted or inserted. Common prefix and suffix are trimmed first; if what
 * remains is too large for the quadratic table ({@link #MAX_CELLS}), the middle is reported as replaced whole.
 */
public final class WordDiff {

    /** Largest LCS table (tokens × tokens) computed; about 16 MB of ints. */
    static final int MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    public enum Op { EQUAL, DELETE, INSERT }

    public record Segment(Op op, String text) {
    }

    private WordDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        var out = new Segments();
        out.add(Op.EQUAL, a.subList(0, prefix));
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
        out.add(Op.EQUAL, a.subList(a.size() - suffix, a.size()));
        out.flush();
        return out.list;
    }

    private static void middle(List<String> a, List<String> b, Segments out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            out.add(Op.DELETE, a);
            out.add(Op.INSERT, b);
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(Op.EQUAL, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(Op.DELETE, a.get(i++));
            } else {
                out.add(Op.INSERT, b.get(j++));
            }
        }
        out.add(Op.DELETE, a.subList(i, n));
        out.add(Op.INSERT, b.subList(j, m));
    }

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        var matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Collects tokens into segments, joining neighbours with the same operation. */
    private static final class Segments {
        final List<Segment> list = new ArrayList<>();
        private Op op;
        private final StringBuilder text = new StringBuilder();

        void add(Op next, List<String> tokens) {
            for (String token : tokens) {
                add(next, token);
            }
        }

        void add(Op next, String token) {
            if (op != next) {
                flush();
                op = next;
            }
            text.append(token);
        }

        private void flush() {
            if (op != null && text.length() > 0) {
                list.add(new Segment(op, text.toString()));
            }
            text.setLength(0);
        }
    }
}
