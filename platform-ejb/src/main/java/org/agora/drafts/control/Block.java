package org.agora.drafts.control;

/**
 * A top-level block of a Markdown draft.
 *
 * @param kind     what sort of block
 * @param level    heading level 1–6; 0 for other blocks
 * @param markdown the block's Markdown source, as the author wrote it
 * @param text     its plain text, used for matching and word diffs
 */
public record Block(Kind kind, int level, String markdown, String text) {

    public enum Kind { HEADING, PARAGRAPH, LIST, QUOTE, CODE, OTHER }
}
