package org.agora.broadcasts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.agora.problems.InvalidField;
import org.junit.jupiter.api.Test;

class UpdateTest {

    static final Instant POSTED = Instant.parse("2026-03-01T10:00:00.123456789Z");
    static final Instant LATER = Instant.parse("2026-03-01T12:00:00Z");

    static Update update() {
        return new Update(1, 2, "Omar", "Lane closed", "The **north** lane is closed.", "<p>...</p>", true, POSTED);
    }

    @Test
    void a_new_update_is_published_and_not_edited() {
        var u = update();
        assertThat(u.state()).isEqualTo(Update.State.PUBLISHED);
        assertThat(u.editedAt()).isEmpty();
        assertThat(u.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
    }

    @Test
    void editing_replaces_the_text_and_marks_it_edited_with_the_time() {
        var u = update();
        u.edit(" Lane reopened ", "Open again.", "<p>Open again.</p>", false, LATER);
        assertThat(u.title()).isEqualTo("Lane reopened");
        assertThat(u.markdown()).isEqualTo("Open again.");
        assertThat(u.pinned()).isFalse();
        assertThat(u.editedAt()).contains(LATER);
    }

    @Test
    void a_blank_or_too_long_title_or_text_is_refused_and_nothing_changes() {
        var u = update();
        assertThatThrownBy(() -> u.edit(" ", "x", "x", true, LATER)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> u.edit("t".repeat(201), "x", "x", true, LATER)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> u.edit("t", "x".repeat(20001), "x", true, LATER))
                .isInstanceOf(InvalidField.class).hasMessageContaining("body");
        assertThat(u.title()).isEqualTo("Lane closed");
        assertThat(u.editedAt()).isEmpty();
    }

    @Test
    void withdrawing_keeps_a_tombstone_with_date_and_reason_and_unpins() {
        var u = update();
        u.withdraw("  Wrong date  ", LATER);
        assertThat(u.isWithdrawn()).isTrue();
        assertThat(u.withdrawnAt()).contains(LATER);
        assertThat(u.withdrawalReason()).contains("Wrong date");
        assertThat(u.pinned()).isFalse();
        assertThat(u.title()).isEqualTo("Lane closed");
    }

    @Test
    void a_withdrawn_update_can_be_neither_edited_nor_withdrawn_again() {
        var u = update();
        u.withdraw(null, LATER);
        assertThat(u.withdrawalReason()).isEmpty();
        assertThatThrownBy(() -> u.edit("t", "x", "x", false, LATER)).isInstanceOf(UpdateWithdrawn.class)
                .satisfies(e -> assertThat(((UpdateWithdrawn) e).slug()).isEqualTo("update-withdrawn"));
        assertThatThrownBy(() -> u.withdraw("again", LATER)).isInstanceOf(UpdateWithdrawn.class);
        assertThatThrownBy(u::requirePublished).isInstanceOf(UpdateWithdrawn.class);
    }

    @Test
    void a_too_long_reason_is_refused_and_the_update_stays_published() {
        var u = update();
        assertThatThrownBy(() -> u.withdraw("r".repeat(501), LATER)).isInstanceOf(InvalidField.class);
        assertThat(u.isWithdrawn()).isFalse();
    }

    @Test
    void a_reaction_can_change_its_mind_and_keeps_the_time_when_unchanged() {
        var r = new Reaction(1, 2, Reaction.Kind.HELPFUL, POSTED);
        r.change(Reaction.Kind.HELPFUL, LATER);
        assertThat(r.kind()).isEqualTo(Reaction.Kind.HELPFUL);
        r.change(Reaction.Kind.NOT_HELPFUL, LATER);
        assertThat(r.kind()).isEqualTo(Reaction.Kind.NOT_HELPFUL);
    }
}
