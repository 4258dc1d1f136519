package org.agora.drafts.boundary;

import java.time.Instant;
import java.util.List;

/** What clients see of policies, versions and paragraphs. */
public final class DraftViews {

    private DraftViews() {
    }

    public record PolicySummary(long id, String title, String summary, String agency, int latestVersion,
            Instant createdAt) {
    }

    public record VersionSummary(long id, int number, String changelog, Instant publishedAt, String publishedBy,
            int paragraphs) {
    }

    /** A round on the policy's timeline. */
    public record TimelineRound(long id, String title, String mode, String state, Integer draftVersion,
            Instant opensAt, Instant closesAt) {
    }

    public record PolicyDetail(PolicySummary policy, List<VersionSummary> versions, List<TimelineRound> rounds) {
    }

    /**
     * One paragraph of a version. {@code origin} says how it relates to the previous version: UNCHANGED, EDITED or
     * NEW; {@code derivedFrom} names the paragraph a new one was split from.
     */
    public record ParagraphView(String key, int position, String kind, int level, String html, String text,
            String origin, String derivedFrom) {
    }

    /** {@code versionId} is what a round names as its {@code draftVersionId}. */
    public record VersionView(long versionId, long policyId, String policyTitle, String agency, int number, int latestVersion,
            String changelog, Instant publishedAt, String publishedBy, List<ParagraphView> paragraphs) {
    }

    public record Segment(String op, String text) {
    }

    public record ChangeView(String kind, String key, int fromPosition, int toPosition, boolean moved,
            List<Segment> words) {
    }

    /** How many paragraphs were added, removed, changed, moved and left alone. */
    public record DiffStats(int added, int removed, int changed, int moved, int unchanged) {
    }

    public record DiffView(long policyId, String policyTitle, int from, int to, DiffStats stats,
            List<ChangeView> changes) {
    }
}
