package org.agora.moderation.boundary;

import java.time.Instant;
import java.util.List;

/** What clients see of moderation. Citizens get only {@link FlagReceipt} and {@link Notice}: never others' flags. */
public final class ModerationViews {

    private ModerationViews() {
    }

    /**
     * A line of the queue. {@code origin} is FLAGS, SCREENING or PRE_MODERATION; {@code snapshot} is absent once the
     * text was purged; {@code escalatedDue} is when the agency ({@code escalationLevel} AGENCY) or the legal team
     * (LEGAL) should have answered an escalation; {@code version} changes whenever the case or its text changes (a
     * decision may name it, so that nobody decides on text they have not seen).
     */
    public record CaseSummary(long id, String contentType, long contentId, long roundId, String link, String origin,
            String state, String contentState, double score, int flags, String topReason, String snapshot,
            String claimedBy, Instant openedAt, Instant updatedAt, Instant escalatedDue, String escalationLevel,
            long version) {
    }

    /** A flag as moderators see it; {@code staff} when an officer, moderator or administrator made it. */
    public record FlagView(String reason, String details, double weight, String outcome, Instant createdAt,
            boolean staff) {
    }

    public record DecisionView(String action, String reasonCode, String statement, String moderator,
            String stateBefore, String stateAfter, Instant createdAt) {
    }

    public record AppealView(String statement, Instant createdAt, String outcome, String answer, Instant decidedAt) {
    }

    public record AuditView(long id, long roundId, Long caseId, String contentType, Long contentId, String action,
            String actor, String stateBefore, String stateAfter, String reasonCode, String statement,
            Instant occurredAt) {
    }

    /** Everything a moderator needs to decide a case. */
    public record CaseDetail(CaseSummary summary, String screening, List<FlagView> flags,
            List<DecisionView> decisions, AppealView appeal, List<AuditView> log) {
    }

    public record CasePage(List<CaseSummary> cases, int page, int size, long total) {
    }

    /** A citizen's own flag: that it was received, and later its outcome. */
    public record FlagReceipt(long caseId, String contentType, long contentId, String link, String reason,
            String outcome, Instant createdAt) {
    }

    /** What the author of moderated content is told, and whether they may still appeal. */
    public record Notice(long caseId, String contentType, long contentId, String link, String contentState,
            String action, String reasonCode, String statement, Instant decidedAt, boolean canAppeal,
            AppealView appeal) {
    }

    public record PendingCount(long roundId, long pending) {
    }

    /** A response template; {@code agency} names the agency whose own wording it is (null: the standard one). */
    public record Template(String key, String title, String body, List<String> placeholders, String agency) {
    }

    /** The outcome of a bulk decision: which cases were decided and which were refused, and why. */
    public record BulkResult(List<Long> decided, List<Refusal> refused) {
    }

    public record Refusal(long caseId, String type, String detail) {
    }

    /** Screening's verdict as the author sees it. */
    public record ScreeningView(String verdict, List<String> rules, List<String> explanations) {
    }
}
