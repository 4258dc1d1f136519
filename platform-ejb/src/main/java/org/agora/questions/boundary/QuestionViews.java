package org.agora.questions.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;

/** What clients see of questions: records on the wire, never entities. */
public final class QuestionViews {

    private QuestionViews() {
    }

    /**
     * A question as the viewer may see it. While an officer owes an answer, {@code dueAt} is when it is due,
     * {@code minutesToDue} how long is left (negative once overdue) and {@code breached} whether it is overdue; all
     * three are absent (breached false) once it is answered or resolved. {@code actions} lists what this viewer may
     * do now: {@code claim}, {@code release}, {@code answer}, {@code publish-faq} (officers of the round's agency),
     * {@code follow-up}, {@code resolve} (the asker). {@code moderation} is VISIBLE, or HIDDEN / REMOVED when a
     * moderator took a public question out of public view (then only its asker and the round's staff see it, with
     * the moderator's {@code moderationReason}).
     */
    public record QuestionView(long id, long roundId, String title, String state,
            @JsonbProperty("public") boolean isPublic, String moderation, String moderationReason, String askerName, boolean mine, Instant askedAt, Instant dueAt,
            Long minutesToDue, boolean breached, Instant firstAnsweredAt, Instant resolvedAt, String claimedBy,
            boolean claimedByMe, Instant lastActivityAt, boolean inFaq, List<String> actions,
            List<MessageView> messages) {
    }

    /** One message of the conversation; {@code official} marks the agency's answers, signed by the officer. */
    public record MessageView(long id, String kind, String author, boolean official, String html, Instant createdAt) {
    }

    /** A page of questions; {@code total} counts only questions this viewer may see. */
    public record QuestionPage(List<QuestionView> items, int page, int size, long total) {
    }

    /** An FAQ entry: rendered question and answer, never the asker. */
    public record FaqView(long id, long roundId, String questionHtml, String answerHtml, Instant publishedAt,
            Instant updatedAt) {
    }
}
