/**
 * Drafts: policies, their published draft versions and the paragraphs of each version.
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>A draft version is published whole or not at all (one transaction) and never changes afterwards; the next
 *       version is a new publication with a changelog.</li>
 *   <li>Markdown is split into top-level blocks (headings, paragraphs, lists, quotes, code). Each block becomes a
 *       {@link org.agora.drafts.entity.Paragraph} with a <em>key</em> that stays the same from version to version
 *       while the paragraph is unchanged or edited, so comments and dispositions can follow it. Edited paragraphs are
 *       matched to their predecessors by text similarity (cosine over word counts), not by position; reordering,
 *       splits and merges are recognised ({@link org.agora.drafts.control.ParagraphMatcher}).</li>
 *   <li>Any two versions of a policy can be compared paragraph by paragraph (added, removed, changed, moved), with
 *       word-level changes inside changed paragraphs ({@link org.agora.drafts.control.VersionDiff}).</li>
 *   <li>Text is shown as HTML rendered by CommonMark with raw HTML escaped, then sanitised by the OWASP Java HTML
 *       Sanitizer: a draft can never carry script.</li>
 * </ul>
 */
package org.agora.drafts;
