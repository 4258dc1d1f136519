package org.agora.ideas.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the ideas API shows: records only, never entities. */
public final class IdeaViews {

    private IdeaViews() {
    }

    /** A word of a diff: EQUAL, DELETE or INSERT. */
    public record Segment(String op, String text) {
    }

    /**
     * The amendment's paragraph as it stood (Markdown) and as proposed (Markdown and safe HTML), with the word diff
     * between them; {@code staged} while it is accepted and waiting for the next version.
     */
    public record Amendment(String paragraphKey, int baseVersion, String currentMarkdown, String proposedMarkdown,
            String proposedHtml, List<Segment> diff, boolean staged) {
    }

    /** The draft version that contains a merged idea, and the one it was proposed on (for a diff link). */
    public record Merged(long policyId, int version, Integer fromVersion) {
    }

    /**
     * An idea as shown; {@code moderation} is VISIBLE, or HIDDEN / REMOVED (then only its author sees it, with the
     * moderator's {@code moderationReason}).
     */
    public record IdeaView(long id, long roundId, String kind, String title, String html, String author,
            String moderation, String moderationReason, String status, String statusReason, String decidedBy, Instant decidedAt, Instant createdAt,
            int supporters, boolean supported, boolean mine, String paragraphKey, Amendment amendment,
            Merged merged, Long duplicateOf) {
    }

    public record IdeaPage(List<IdeaView> items, int page, int size, long total, Map<String, Long> byStatus) {
    }

    /** An amendment staged for the next version. */
    public record StagedAmendment(long ideaId, long roundId, String title, String paragraphKey, String author) {
    }

    /**
     * The policy's latest version with every staged amendment applied, ready for an officer to review and publish;
     * {@code stale} lists accepted amendments proposed on an older version, which need a look by hand.
     */
    public record StagedDraft(long policyId, int baseVersion, String markdown, List<StagedAmendment> applied,
            List<StagedAmendment> stale) {
    }
}
