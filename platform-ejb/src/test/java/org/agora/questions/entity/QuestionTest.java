package org.agora.questions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.agora.problems.DomainProblem;
import org.agora.problems.Forbidden;
import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;

/** The question's state machine: who may do what, in which state, and what the service level keeps. */
class QuestionTest {

    static final Instant ASKED = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");
    static final long ASKER = 7;
    static final long OFFICER = 11;
    static final long COLLEAGUE = 12;

    static Question asked() {
        var q = new Question(1, ASKER, "Alice", "Parking permit for a visitor?", false, ASKED, DUE);
        try {
            var id = Question.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(q, 42L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return q;
    }

    static Question answered() {
        var q = asked();
        q.answer(OFFICER, "Omar", "Yes", "<p>Yes</p>", ASKED.plus(Duration.ofHours(2)));
        return q;
    }

    static String slug(Runnable action) {
        try {
            action.run();
        } catch (DomainProblem p) {
            return p.slug();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_new_question_waits_for_an_officer_with_its_due_time() {
        var q = asked();
        assertThat(q.state()).isEqualTo(State.WAITING);
        assertThat(q.dueAt()).isEqualTo(DUE);
        assertThat(q.firstDueAt()).isEqualTo(DUE);
        assertThat(q.isPublic()).isFalse();
        assertThat(q.firstAnsweredAt()).isEmpty();
        assertThat(q.firstMessage("Can I?", "<p>Can I?</p>").kind()).isEqualTo(Message.Kind.QUESTION);
    }

    @Test
    void a_title_must_be_three_to_two_hundred_characters() {
        assertThatThrownBy(() -> new Question(1, ASKER, "A", " ? ", false, ASKED, DUE))
                .isInstanceOf(InvalidField.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new Question(1, ASKER, "A", "x".repeat(201), false, ASKED, DUE))
                .isInstanceOf(InvalidField.class);
    }

    @Test
    void an_officer_claims_and_releases_and_claiming_again_is_harmless() {
        var q = asked();
        q.claim(OFFICER, "Omar", ASKED);
        q.claim(OFFICER, "Omar", ASKED);
        assertThat(q.state()).isEqualTo(State.CLAIMED);
        assertThat(q.claimedByName()).contains("Omar");
        q.release(OFFICER, false);
        assertThat(q.state()).isEqualTo(State.WAITING);
        assertThat(q.claimedById()).isEmpty();
        q.release(OFFICER, false); // releasing an unclaimed question changes nothing
        assertThat(q.state()).isEqualTo(State.WAITING);
    }

    @Test
    void a_question_claimed_by_a_colleague_cannot_be_claimed_answered_or_released() {
        var q = asked();
        q.claim(OFFICER, "Omar", ASKED);
        assertThat(slug(() -> q.claim(COLLEAGUE, "Olu", ASKED))).isEqualTo("question-claimed");
        assertThat(slug(() -> q.answer(COLLEAGUE, "Olu", "x", "x", ASKED))).isEqualTo("question-claimed");
        assertThat(slug(() -> q.release(COLLEAGUE, false))).isEqualTo("question-claimed");
        assertThat(q.claimedByName()).contains("Omar");
        q.release(COLLEAGUE, true); // an administrator may take it back
        assertThat(q.state()).isEqualTo(State.WAITING);
    }

    @Test
    void the_first_answer_is_recorded_once_and_clears_the_claim() {
        var q = asked();
        q.claim(OFFICER, "Omar", ASKED);
        var answer = q.answer(OFFICER, "Omar", "Yes", "<p>Yes</p>", ASKED.plus(Duration.ofHours(2)));
        assertThat(answer.kind().official()).isTrue();
        assertThat(answer.authorName()).isEqualTo("Omar");
        assertThat(q.state()).isEqualTo(State.ANSWERED);
        assertThat(q.claimedById()).isEmpty();
        assertThat(q.firstAnsweredAt()).contains(ASKED.plus(Duration.ofHours(2)));
        q.answer(COLLEAGUE, "Olu", "Also", "<p>Also</p>", ASKED.plus(Duration.ofHours(3)));
        assertThat(q.firstAnsweredAt()).contains(ASKED.plus(Duration.ofHours(2)));
        assertThat(q.firstResponseTime()).contains(Duration.ofHours(2));
        assertThat(q.firstAnsweredWithinSla()).contains(true);
    }

    @Test
    void an_answered_question_cannot_be_claimed() {
        assertThat(slug(() -> answered().claim(OFFICER, "Omar", ASKED))).isEqualTo("question-not-waiting");
    }

    @Test
    void a_follow_up_waits_again_with_its_own_due_time_and_keeps_the_first_response_figures() {
        var q = answered();
        Instant later = ASKED.plus(Duration.ofDays(1));
        Instant newDue = later.plus(Duration.ofDays(1));
        var message = q.followUp(ASKER, "And on Sundays?", "<p>And on Sundays?</p>", later, newDue);
        assertThat(message.kind()).isEqualTo(Message.Kind.FOLLOW_UP);
        assertThat(message.kind().official()).isFalse();
        assertThat(q.state()).isEqualTo(State.WAITING);
        assertThat(q.dueAt()).isEqualTo(newDue);
        assertThat(q.firstDueAt()).isEqualTo(DUE);
        assertThat(q.firstAnsweredAt()).contains(ASKED.plus(Duration.ofHours(2)));
        assertThat(q.waitingSince()).isEqualTo(later);
    }

    @Test
    void following_up_or_resolving_before_an_answer_is_refused() {
        var q = asked();
        assertThat(slug(() -> q.followUp(ASKER, "Hello?", "x", ASKED, DUE))).isEqualTo("question-not-answered");
        assertThat(slug(() -> q.resolve(ASKER, ASKED))).isEqualTo("question-not-answered");
        q.claim(OFFICER, "Omar", ASKED);
        assertThat(slug(() -> q.followUp(ASKER, "Hello?", "x", ASKED, DUE))).isEqualTo("question-not-answered");
        assertThat(q.state()).isEqualTo(State.CLAIMED);
    }

    @Test
    void only_the_asker_follows_up_or_resolves() {
        var q = answered();
        assertThatThrownBy(() -> q.followUp(99, "Me too", "x", ASKED, DUE)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> q.resolve(99, ASKED)).isInstanceOf(Forbidden.class);
        assertThat(q.state()).isEqualTo(State.ANSWERED);
    }

    @Test
    void resolving_is_final_and_idempotent() {
        var q = answered();
        Instant at = ASKED.plus(Duration.ofHours(5));
        q.resolve(ASKER, at);
        q.resolve(ASKER, at.plusSeconds(60));
        assertThat(q.state()).isEqualTo(State.RESOLVED);
        assertThat(q.resolvedAt()).contains(at);
        assertThat(slug(() -> q.followUp(ASKER, "One more", "x", at, DUE))).isEqualTo("question-resolved");
        assertThat(slug(() -> q.answer(OFFICER, "Omar", "x", "x", at))).isEqualTo("question-resolved");
        assertThat(slug(() -> q.claim(OFFICER, "Omar", at))).isEqualTo("question-resolved");
    }

    @Test
    void breached_only_while_an_officer_owes_an_answer_past_its_due_time() {
        var q = asked();
        assertThat(q.isBreached(DUE)).isFalse();
        assertThat(q.isBreached(DUE.plusSeconds(1))).isTrue();
        q.claim(OFFICER, "Omar", DUE);
        assertThat(q.isBreached(DUE.plusSeconds(1))).isTrue();
        q.answer(OFFICER, "Omar", "Late", "x", DUE.plusSeconds(60));
        assertThat(q.isBreached(DUE.plus(Duration.ofDays(9)))).isFalse();
        assertThat(q.firstAnsweredWithinSla()).contains(false);
    }

    @Test
    void private_questions_are_seen_by_the_asker_and_staff_only_public_ones_by_everyone() {
        var q = asked();
        assertThat(q.isVisibleTo(ASKER, false)).isTrue();
        assertThat(q.isVisibleTo(99, true)).isTrue();
        assertThat(q.isVisibleTo(99, false)).isFalse();
        assertThat(q.isVisibleTo(-1, false)).isFalse();
        var open = new Question(1, ASKER, "Alice", "Public question", true, ASKED, DUE);
        assertThat(open.isVisibleTo(-1, false)).isTrue();
    }

    @Test
    void only_answered_questions_become_faq_entries() {
        assertThat(slug(() -> new FaqEntry(asked(), OFFICER, "q", "q", "a", "a", ASKED)))
                .isEqualTo("question-not-answered");
        var entry = new FaqEntry(answered(), OFFICER, "q", "<p>q</p>", "a", "<p>a</p>", ASKED);
        assertThat(entry.questionId()).isEqualTo(42L);
    }
}
