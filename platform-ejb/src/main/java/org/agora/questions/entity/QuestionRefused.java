package org.agora.questions.entity;

import java.util.Map;
import org.agora.problems.DomainProblem;

/** A question-desk request that the question's or round's current state does not allow; each with a stable type. */
public class QuestionRefused extends DomainProblem {

    private final Map<String, Object> extensions;

    private QuestionRefused(Kind kind, String slug, String title, String detail, Map<String, Object> extensions) {
        super(kind, slug, title, detail);
        this.extensions = extensions;
    }

    public static QuestionRefused questionsNotTaken(String mode) {
        return new QuestionRefused(Kind.CONFLICT, "questions-not-taken", "This round does not take questions",
                "Questions can be asked in customer-service and broadcast rounds; this is a "
                        + mode.toLowerCase().replace('_', '-') + " round.", Map.of("mode", mode));
    }

    public static QuestionRefused roundNotOpen() {
        return new QuestionRefused(Kind.CONFLICT, "round-not-open", "This round is not open",
                "Questions and follow-ups can be sent only while the round is open.", Map.of());
    }

    static QuestionRefused claimedByOther(String officer) {
        return new QuestionRefused(Kind.CONFLICT, "question-claimed", "Another officer is on this question",
                officer + " has claimed this question; they answer it or release it first.",
                Map.of("claimedBy", officer));
    }

    static QuestionRefused notAnswered(State state) {
        return new QuestionRefused(Kind.CONFLICT, "question-not-answered", "This question has no answer yet",
                "That is possible once an officer has answered; the question is " + state.label() + ".",
                Map.of("state", state.name()));
    }

    static QuestionRefused resolved() {
        return new QuestionRefused(Kind.CONFLICT, "question-resolved", "This question is resolved",
                "The question was marked resolved; ask a new question if something else comes up.",
                Map.of("state", State.RESOLVED.name()));
    }

    static QuestionRefused notWaiting(State state) {
        return new QuestionRefused(Kind.CONFLICT, "question-not-waiting", "This question is not waiting for an answer",
                "Only a question waiting for an answer can be claimed or answered; it is " + state.label() + ".",
                Map.of("state", state.name()));
    }

    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }
}
