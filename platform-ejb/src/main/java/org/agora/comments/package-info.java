/**
 * Comments: threaded comments on a round's draft that follow the draft from version to version, and the record of
 * what the agency did with them ("you said, we did").
 *
 * <p>Rules of this component:
 * <ul>
 *   <li>A thread starts with a comment on the round, a paragraph, or a passage of a paragraph
 *       ({@link org.agora.comments.control.Anchor}: paragraph key, quoted text, prefix, suffix, position) and may
 *       carry a stance; replies nest at most three deep (a deeper reply joins its parent's level).</li>
 *   <li>The round decides what it takes: only while open, only with comments on, up to its maximum length, at most
 *       one comment per person per slow-mode interval; with pre-moderation new comments wait, visible to their author
 *       only. An {@code Idempotency-Key} makes a retried post return the first comment instead of a second one.</li>
 *   <li>Deleting keeps a tombstone (no text, no author) so the thread keeps its shape. Endorsements count once per
 *       person and never for one's own comment.</li>
 *   <li>When a new draft version is published, every anchored comment is carried over in the same transaction by
 *       {@link org.agora.comments.control.Reanchoring}; with no good place it is <em>orphaned</em>: still listed and
 *       readable, with the paragraph it was on.</li>
 *   <li>A {@link org.agora.comments.entity.Disposition} records the agency's decision on one or more threads, with
 *       its reason and the version and paragraphs that answer it; the outcome report groups threads and decisions by
 *       the paragraphs of the round's own draft, public once the round's outcome is published.</li>
 * </ul>
 */
package org.agora.comments;
