package org.agora.ideas.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;

class IdeaTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    static Idea idea(long id, long round) {
        var idea = Idea.propose(round, 7, "Alice", "Benches", "More benches on the square", "<p>More</p>", null,
                null, NOW);
        setId(idea, id);
        return idea;
    }

    static Idea amendment() {
        return Idea.amend(1, 7, "Alice", "Wider paths", "Paths must be wider", "<p>x</p>", "pabc", 11,
                "Paths are 2 m wide.", "Paths are 3 m wide.", NOW);
    }

    static void setId(Idea idea, long id) {
        try {
            Field f = Idea.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(idea, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_new_idea_is_new_and_takes_votes() {
        var idea = idea(1, 1);
        assertThat(idea.status()).isEqualTo(Idea.Status.NEW);
        idea.requireTakingVotes();
        assertThat(idea.isStaged()).isFalse();
    }

    @Test
    void an_amendment_that_changes_nothing_is_refused() {
        assertThatThrownBy(() -> Idea.amend(1, 7, "Alice", "Same", "why", "<p>x</p>", "pabc", 11,
                "Paths are 2 m wide.", "  Paths are 2 m\n wide.  ", NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("proposedText");
    }

    @Test
    void accepting_an_amendment_stages_it_and_merging_records_the_version() {
        var a = amendment();
        a.review("Olga", NOW);
        assertThat(a.status()).isEqualTo(Idea.Status.UNDER_REVIEW);
        a.accept(null, "Olga", NOW);
        assertThat(a.isStaged()).isTrue();
        a.requireTakingVotes();
        a.merge(12, "Olga", NOW);
        assertThat(a.status()).isEqualTo(Idea.Status.MERGED);
        assertThat(a.mergedVersionId()).contains(12L);
        assertThat(a.isStaged()).isFalse();
        assertThatThrownBy(a::requireTakingVotes).isInstanceOf(IdeaRefused.class)
                .extracting(e -> ((IdeaRefused) e).slug()).isEqualTo("idea-closed-for-votes");
    }

    @Test
    void rejecting_needs_a_reason_and_changes_nothing_without_one() {
        var idea = idea(1, 1);
        assertThatThrownBy(() -> idea.reject("  ", "Olga", NOW)).isInstanceOf(InvalidField.class);
        assertThat(idea.status()).isEqualTo(Idea.Status.NEW);
        idea.reject("Out of the council's powers", "Olga", NOW);
        assertThat(idea.status()).isEqualTo(Idea.Status.REJECTED);
        assertThat(idea.statusReason()).contains("Out of the council's powers");
        assertThat(idea.decidedBy()).contains("Olga");
    }

    @Test
    void an_accepted_idea_can_still_be_rejected_which_unstages_it() {
        var a = amendment();
        a.accept("good", "Olga", NOW);
        a.reject("conflicts with the budget", "Olga", NOW);
        assertThat(a.isStaged()).isFalse();
    }

    @Test
    void steps_out_of_order_are_refused_and_leave_the_status_as_it_was() {
        var idea = idea(1, 1);
        assertThatThrownBy(() -> idea.merge(12, "Olga", NOW)).isInstanceOf(IdeaRefused.class)
                .extracting(e -> ((IdeaRefused) e).slug()).isEqualTo("idea-transition-refused");
        idea.reject("no", "Olga", NOW);
        assertThatThrownBy(() -> idea.accept(null, "Olga", NOW)).isInstanceOf(IdeaRefused.class);
        assertThatThrownBy(() -> idea.review("Olga", NOW)).isInstanceOf(IdeaRefused.class);
        assertThat(idea.status()).isEqualTo(Idea.Status.REJECTED);
    }

    @Test
    void a_duplicate_folds_into_another_idea_of_the_same_round_only() {
        var original = idea(1, 1);
        var repeat = idea(2, 1);
        var elsewhere = idea(3, 2);
        assertThatThrownBy(() -> repeat.foldInto(repeat, "Olga", NOW)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> repeat.foldInto(elsewhere, "Olga", NOW)).isInstanceOf(InvalidField.class);
        repeat.foldInto(original, "Olga", NOW);
        assertThat(repeat.status()).isEqualTo(Idea.Status.DUPLICATE);
        assertThat(repeat.duplicateOf()).contains(1L);
        assertThatThrownBy(repeat::requireTakingVotes).isInstanceOf(IdeaRefused.class);
    }

    @Test
    void nothing_folds_into_a_rejected_idea() {
        var rejected = idea(1, 1);
        rejected.reject("no", "Olga", NOW);
        var repeat = idea(2, 1);
        assertThatThrownBy(() -> repeat.foldInto(rejected, "Olga", NOW)).isInstanceOf(InvalidField.class);
        assertThat(repeat.status()).isEqualTo(Idea.Status.NEW);
    }

    @Test
    void title_and_text_are_required_and_bounded() {
        assertThatThrownBy(() -> Idea.propose(1, 7, "A", " ", "text", "<p/>", null, null, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("title");
        assertThatThrownBy(() -> Idea.propose(1, 7, "A", "t", "x".repeat(Idea.TEXT_MAX + 1), "<p/>", null, null, NOW))
                .isInstanceOf(InvalidField.class).hasMessageContaining("text");
    }
}
