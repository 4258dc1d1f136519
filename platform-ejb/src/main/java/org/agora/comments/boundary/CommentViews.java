package org.agora.comments.boundary;

import java.time.Instant;
import java.util.List;

/** What clients see of comments. */
public final class CommentViews {

    private CommentViews() {
    }

    /**
     * Where a thread points. {@code status} ANCHORED or ORPHANED; for an orphaned comment the paragraph and version
     * are where it last was, so readers can follow the link to the old text. {@code originalDraftVersionId} is the
     * version the comment was made on: with the current one it gives "what changed since this comment".
     */
    public record AnchorView(String status, long draftVersionId, String paragraphKey, String exact,
            String originalParagraphKey, Long originalDraftVersionId) {
    }

    /**
     * A comment; {@code html} (sanitised) and {@code author} are absent for a deleted one (a tombstone) and, except
     * for its author, for one a moderator hid or removed ({@code moderationReason} says why).
     */
    /** {@code editedAt} is present when the author changed the text; earlier texts are under /revisions. */
    public record CommentView(long id, Long replyTo, int depth, String author, String stance, String html,
            String state, Instant createdAt, Instant editedAt, int endorsements, AnchorView anchor,
            List<CommentView> replies, String moderationReason, boolean locked, boolean official) {
    }

    /** An earlier text of a comment, replaced at {@code replacedAt}. */
    public record RevisionView(int revision, String html, Instant replacedAt) {
    }

    public record ThreadPage(List<CommentView> threads, int page, int size, long total) {
    }

    public record ParagraphCount(String paragraphKey, long threads) {
    }
}
