package org.agora.comments.control;

import java.util.Objects;

/**
 * Where a comment points in a draft version: a paragraph, and optionally a passage of it.
 *
 * @param paragraphKey the paragraph's key (stable across versions while the paragraph lives)
 * @param exact        the quoted passage; empty for a comment on the whole paragraph
 * @param prefix       up to a few dozen characters before the passage, to tell repeated phrases apart
 * @param suffix       the same after it
 * @param position     character offset of the passage in the paragraph's plain text
 */
public record Anchor(String paragraphKey, String exact, String prefix, String suffix, int position) {

    public static final int CONTEXT = 32;

    public Anchor {
        Objects.requireNonNull(paragraphKey, "paragraphKey");
        exact = exact == null ? "" : exact;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        position = Math.max(0, position);
    }

    /** An anchor on the passage at {@code [start, end)} of a paragraph's text, with its context. */
    public static Anchor of(String paragraphKey, String text, int start, int end) {
        return new Anchor(paragraphKey, text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start);
    }

    public static Anchor wholeParagraph(String paragraphKey) {
        return new Anchor(paragraphKey, "", "", "", 0);
    }

    public boolean isPassage() {
        return !exact.isBlank();
    }
}
