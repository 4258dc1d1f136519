package org.agora.engagements.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EngagementTest {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final Instant IN_A_WEEK = NOW.plus(Duration.ofDays(7));
    static final Instant IN_A_MONTH = NOW.plus(Duration.ofDays(30));

    static Engagement draft(Instant opensAt, Instant closesAt) {
        return new Engagement("Cycle lanes", "Tell us", Mode.CONSULTATION, "Transport", opensAt, closesAt, NOW);
    }

    static Engagement openRound() {
        var e = draft(null, IN_A_MONTH);
        e.open(NOW);
        return e;
    }

    @Test
    void a_new_round_starts_as_a_draft_and_accepts_nothing() {
        var e = draft(IN_A_WEEK, IN_A_MONTH);
        assertThat(e.state()).isEqualTo(State.DRAFT);
        assertThat(e.isAcceptingContributions(NOW)).isFalse();
    }

    @Test
    void text_is_trimmed_and_a_blank_summary_is_no_summary() {
        var e = new Engagement("  Cycle lanes ", "   ", Mode.BROADCAST, " Transport ", null, null, NOW);
        assertThat(e.title()).isEqualTo("Cycle lanes");
        assertThat(e.agency()).isEqualTo("Transport");
        assertThat(e.summary()).isEmpty();
    }

    @Test
    void a_round_cannot_close_before_it_opens() {
        assertThatThrownBy(() -> draft(IN_A_MONTH, IN_A_WEEK))
                .isInstanceOfSatisfying(InvalidField.class, p -> assertThat(p.field()).isEqualTo("closesAt"));
        assertThatThrownBy(() -> draft(IN_A_WEEK, IN_A_WEEK)).isInstanceOf(InvalidField.class);
    }

    @Test
    void a_blank_title_is_refused_even_if_validation_was_bypassed() {
        assertThatThrownBy(() -> new Engagement(" ", null, Mode.BROADCAST, "A", null, null, NOW))
                .isInstanceOfSatisfying(InvalidField.class, p -> assertThat(p.field()).isEqualTo("title"));
    }

    @Test
    void opening_needs_a_closing_time() {
        var e = draft(null, null);
        assertThatThrownBy(() -> e.open(NOW))
                .isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("no closing time");
        assertThat(e.state()).isEqualTo(State.DRAFT);
    }

    @Test
    void opening_needs_a_closing_time_in_the_future() {
        var e = draft(NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(2)));
        assertThatThrownBy(() -> e.open(NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("already passed");
        assertThat(e.state()).isEqualTo(State.DRAFT);
    }

    @Test
    void opening_records_when_it_really_opened_and_accepts_contributions() {
        var e = draft(IN_A_WEEK, IN_A_MONTH);
        e.open(NOW);
        assertThat(e.state()).isEqualTo(State.OPEN);
        assertThat(e.opensAt()).contains(NOW);
        assertThat(e.stateChangedAt()).isEqualTo(NOW);
        assertThat(e.isAcceptingContributions(NOW)).isTrue();
        assertThat(e.isAcceptingContributions(IN_A_MONTH)).isFalse();
    }

    @Test
    void scheduling_needs_both_dates_and_a_future_opening() {
        assertThatThrownBy(() -> draft(null, IN_A_MONTH).schedule(NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("set both");
        assertThatThrownBy(() -> draft(NOW.minusSeconds(60), IN_A_MONTH).schedule(NOW))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("already passed");
        var e = draft(IN_A_WEEK, IN_A_MONTH);
        e.schedule(NOW);
        assertThat(e.state()).isEqualTo(State.SCHEDULED);
    }

    @Test
    void a_scheduled_round_can_be_opened_early() {
        var e = draft(IN_A_WEEK, IN_A_MONTH);
        e.schedule(NOW);
        e.open(NOW.plusSeconds(60));
        assertThat(e.state()).isEqualTo(State.OPEN);
        assertThat(e.opensAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void closing_early_moves_the_closing_time_to_now() {
        var e = openRound();
        var later = NOW.plus(Duration.ofDays(3));
        e.close(later);
        assertThat(e.state()).isEqualTo(State.CLOSED);
        assertThat(e.closesAt()).contains(later);
        assertThat(e.isAcceptingContributions(later)).isFalse();
    }

    @Test
    void closing_late_keeps_the_announced_closing_time() {
        var e = openRound();
        e.close(IN_A_MONTH.plusSeconds(30));
        assertThat(e.closesAt()).contains(IN_A_MONTH);
    }

    @Test
    void the_full_lifecycle_runs_in_order() {
        var e = openRound();
        e.close(NOW.plusSeconds(1));
        e.publishOutcome(NOW.plusSeconds(2));
        assertThat(e.state()).isEqualTo(State.OUTCOME_PUBLISHED);
        e.archive(NOW.plusSeconds(3));
        assertThat(e.state()).isEqualTo(State.ARCHIVED);
        assertThat(e.state().allowedActions()).isEmpty();
    }

    @Test
    void a_closed_round_can_be_archived_without_an_outcome() {
        var e = openRound();
        e.close(NOW.plusSeconds(1));
        e.archive(NOW.plusSeconds(2));
        assertThat(e.state()).isEqualTo(State.ARCHIVED);
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void every_action_refused_from_an_archived_round_says_what_is_allowed(Action action) {
        var e = openRound();
        e.close(NOW.plusSeconds(1));
        e.archive(NOW.plusSeconds(2));
        assertThatThrownBy(() -> e.perform(action, NOW.plusSeconds(3)))
                .isInstanceOfSatisfying(IllegalTransition.class, p -> {
                    assertThat(p.state()).isEqualTo(State.ARCHIVED);
                    assertThat(p.slug()).isEqualTo("illegal-transition");
                    assertThat(p.detail()).contains("archived").contains("only possible from");
                    assertThat(p.extensions()).containsEntry("allowedActions", java.util.List.of());
                });
        assertThat(e.state()).isEqualTo(State.ARCHIVED);
    }

    @Test
    void an_open_round_cannot_be_reopened_or_scheduled() {
        var e = openRound();
        assertThatThrownBy(() -> e.open(NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> e.schedule(NOW)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> e.publishOutcome(NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("only possible from closed");
        assertThat(e.state()).isEqualTo(State.OPEN);
    }

    @Test
    void allowed_actions_follow_the_state_machine() {
        assertThat(State.DRAFT.allowedActions()).containsExactly(Action.SCHEDULE, Action.OPEN);
        assertThat(State.SCHEDULED.allowedActions()).containsExactly(Action.OPEN);
        assertThat(State.OPEN.allowedActions()).containsExactly(Action.CLOSE);
        assertThat(State.CLOSED.allowedActions()).containsExactly(Action.PUBLISH_OUTCOME, Action.ARCHIVE);
        assertThat(State.OUTCOME_PUBLISHED.allowedActions()).containsExactly(Action.ARCHIVE);
    }

    @Test
    void a_round_offers_only_the_actions_that_would_succeed_now() {
        assertThat(draft(null, null).possibleActions(NOW)).isEmpty();
        assertThat(draft(null, IN_A_MONTH).possibleActions(NOW)).containsExactly(Action.OPEN);
        assertThat(draft(IN_A_WEEK, IN_A_MONTH).possibleActions(NOW)).containsExactly(Action.SCHEDULE, Action.OPEN);
        assertThat(draft(NOW.minusSeconds(60), IN_A_MONTH).possibleActions(NOW)).containsExactly(Action.OPEN);
        assertThat(draft(null, IN_A_MONTH).possibleActions(IN_A_MONTH)).isEmpty();
        assertThat(openRound().possibleActions(NOW)).containsExactly(Action.CLOSE);
        // every action offered succeeds
        for (var e : java.util.List.of(draft(IN_A_WEEK, IN_A_MONTH), draft(null, IN_A_MONTH), openRound())) {
            for (var action : e.possibleActions(NOW)) {
                var copy = draft(e.opensAt().orElse(null), e.closesAt().orElse(null));
                if (e.state() == State.OPEN) {
                    copy.open(NOW);
                }
                copy.perform(action, NOW);
            }
        }
    }

    @Test
    void actions_are_found_by_their_url_name() {
        assertThat(Action.ofSlug("publish-outcome")).contains(Action.PUBLISH_OUTCOME);
        assertThat(Action.ofSlug("explode")).isEmpty();
    }
}
