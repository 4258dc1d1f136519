package org.agora.questions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agora.questions.entity.Question;
import org.junit.jupiter.api.Test;

class QuestionFiguresTest {

    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static long ids = 1;

    static Question question(Instant askedAt, Duration sla) {
        var q = new Question(5, 7, "Alice", "A question", false, askedAt, askedAt.plus(sla));
        try {
            Field id = Question.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(q, ids++);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return q;
    }

    static Question answeredAfter(Duration response, Duration sla) {
        var q = question(T0, sla);
        q.answer(11, "Omar", "x", "x", T0.plus(response));
        return q;
    }

    @Test
    void nothing_asked_gives_zeros_and_no_median() {
        var f = QuestionFigures.of(5, List.of(), 16, T0);
        assertThat(f.asked()).isZero();
        assertThat(f.medianFirstResponseMinutes()).isNull();
        assertThat(f.answeredWithinSlaPercent()).isNull();
        assertThat(f.clock()).contains("wall-clock");
    }

    @Test
    void counts_median_share_within_sla_and_current_breaches() {
        var now = T0.plus(Duration.ofDays(3));
        var fast = answeredAfter(Duration.ofMinutes(30), Duration.ofHours(8));
        var slow = answeredAfter(Duration.ofHours(10), Duration.ofHours(8));
        var middle = answeredAfter(Duration.ofHours(2), Duration.ofHours(8));
        middle.resolve(7, T0.plus(Duration.ofHours(3)));
        var overdue = question(T0, Duration.ofHours(8));
        var notYetDue = question(now.minusSeconds(60), Duration.ofHours(8));

        var f = QuestionFigures.of(5, List.of(fast, slow, middle, overdue, notYetDue), 8, now);

        assertThat(f.asked()).isEqualTo(5);
        assertThat(f.answered()).isEqualTo(3);
        assertThat(f.open()).isEqualTo(2);
        assertThat(f.resolved()).isEqualTo(1);
        assertThat(f.medianFirstResponseMinutes()).isEqualTo(120.0);
        assertThat(f.answeredWithinSlaPercent()).isEqualTo(66.7);
        assertThat(f.breaches()).isEqualTo(1);
        assertThat(f.slaWorkingHours()).isEqualTo(8);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(QuestionFigures.median(List.of(10.0, 40.0, 20.0, 30.0))).isEqualTo(25.0);
        assertThat(QuestionFigures.median(List.of(5.0))).isEqualTo(5.0);
    }

    @Test
    void a_follow_up_past_its_own_due_time_is_a_breach_but_the_first_answer_still_counts_within_sla() {
        var q = answeredAfter(Duration.ofMinutes(10), Duration.ofHours(8));
        var later = T0.plus(Duration.ofHours(1));
        q.followUp(7, "more", "more", later, later.plus(Duration.ofHours(8)));
        var f = QuestionFigures.of(5, List.of(q), 8, later.plus(Duration.ofHours(9)));
        assertThat(f.breaches()).isEqualTo(1);
        assertThat(f.answeredWithinSlaPercent()).isEqualTo(100.0);
        assertThat(f.medianFirstResponseMinutes()).isEqualTo(10.0);
    }
}
