package org.agora.questions.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.engagements.entity.Engagement;
import org.agora.engagements.entity.Mode;
import org.agora.identity.boundary.Actor;
import org.agora.identity.entity.Role;
import org.agora.questions.entity.Question;
import org.junit.jupiter.api.Test;

/** What a question looks like to each viewer: service-level fields, the actions offered, and the queue's order. */
class QuestionsViewTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Actor ASKER = new Actor(7, "alice", Set.of(Role.CITIZEN), Optional.empty());
    static final Actor OFFICER = new Actor(11, "omar", Set.of(Role.AGENCY), Optional.of("Transport"));
    static final Actor OTHER_AGENCY = new Actor(12, "olga", Set.of(Role.AGENCY), Optional.of("Parks"));
    static long ids = 100;

    static Engagement round() {
        var round = new Engagement("Desk", null, Mode.CUSTOMER_SERVICE, "Transport", null,
                NOW.plus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(10)));
        round.open(NOW.minus(Duration.ofDays(10)));
        return round;
    }

    static Question question(Instant askedAt, Instant dueAt) {
        var q = new Question(1, ASKER.participantId(), "alice", "A question", false, askedAt, dueAt);
        try {
            var id = Question.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(q, ids++);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return q;
    }

    @Test
    void an_overdue_question_shows_negative_minutes_to_due_and_is_flagged() {
        var q = question(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofMinutes(90)));
        var view = Questions.view(q, round(), Optional.of(OFFICER), List.of(), false, NOW);
        assertThat(view.breached()).isTrue();
        assertThat(view.minutesToDue()).isEqualTo(-90);
        assertThat(view.dueAt()).isEqualTo(NOW.minus(Duration.ofMinutes(90)));
    }

    @Test
    void a_question_not_yet_due_shows_the_minutes_left() {
        var q = question(NOW, NOW.plus(Duration.ofMinutes(125)));
        var view = Questions.view(q, round(), Optional.of(ASKER), List.of(), false, NOW);
        assertThat(view.breached()).isFalse();
        assertThat(view.minutesToDue()).isEqualTo(125);
        assertThat(view.mine()).isTrue();
    }

    @Test
    void an_answered_question_has_no_due_time() {
        var q = question(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)));
        q.answer(11, "omar", "x", "x", NOW);
        var view = Questions.view(q, round(), Optional.of(OFFICER), List.of(), false, NOW);
        assertThat(view.dueAt()).isNull();
        assertThat(view.minutesToDue()).isNull();
        assertThat(view.breached()).isFalse();
    }

    @Test
    void each_viewer_is_offered_only_what_they_may_do() {
        var q = question(NOW, NOW.plus(Duration.ofHours(16)));
        assertThat(Questions.view(q, round(), Optional.of(OFFICER), List.of(), false, NOW).actions())
                .containsExactly("claim", "answer");
        assertThat(Questions.view(q, round(), Optional.of(OTHER_AGENCY), List.of(), false, NOW).actions()).isEmpty();
        assertThat(Questions.view(q, round(), Optional.of(ASKER), List.of(), false, NOW).actions()).isEmpty();
        q.claim(99, "olu", NOW);
        assertThat(Questions.view(q, round(), Optional.of(OFFICER), List.of(), false, NOW).actions())
                .as("a colleague holds it").isEmpty();
        q.release(99, false);
        q.answer(11, "omar", "x", "x", NOW);
        assertThat(Questions.view(q, round(), Optional.of(ASKER), List.of(), false, NOW).actions())
                .containsExactly("follow-up", "resolve");
        assertThat(Questions.view(q, round(), Optional.of(OFFICER), List.of(), false, NOW).actions())
                .containsExactly("answer", "publish-faq");
        assertThat(Questions.view(q, round(), Optional.empty(), List.of(), false, NOW).actions()).isEmpty();
    }
}
