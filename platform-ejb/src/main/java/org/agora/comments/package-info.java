/**
 * Comments: threaded comments on a round's draft, anchored to a paragraph or to a passage of it, that follow the
 * draft from version to version.
 *
 * <p>Rules of this component (so far):
 * <ul>
 *   <li>An anchor is a paragraph key plus, for a passage, the quoted text with some prefix and suffix and its
 *       position ({@link org.agora.comments.control.Anchor}).</li>
 *   <li>When a new version is published, every anchor is carried over by
 *       {@link org.agora.comments.control.Reanchoring}: the same paragraph if the quote is still there; otherwise
 *       the paragraphs split off it, then any paragraph (merges), exact first, then a fuzzy match of the quote;
 *       with no good match the comment is <em>orphaned</em>: still listed and readable, never lost.</li>
 * </ul>
 */
package org.agora.comments;
