package org.agora.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void a_source_cited_from_a_comment_targets_the_comment() {
        var cut = Citation.on(Citation.TargetType.COMMENT, "42", 7L, null, null, 1000, "  the passage ", 3, 5, "Alice", NOW);
        assertThat(cut.targetType()).isEqualTo("comment");
        assertThat(cut.targetId()).isEqualTo("42");
        assertThat(cut.commentId()).contains(42L);
        assertThat(cut.quote()).contains("the passage");
        assertThat(cut.url()).isEmpty();
    }

    @Test
    void a_source_cited_for_the_round_targets_the_round_and_a_blank_quote_is_none() {
        var cut = Citation.on(Citation.TargetType.ROUND, null, 7L, null, null, 1000, " ", null, 5, "Alice", NOW);
        assertThat(cut.targetType()).isEqualTo("round");
        assertThat(cut.targetId()).isEqualTo("1000");
        assertThat(cut.commentId()).isEmpty();
        assertThat(cut.quote()).isEmpty();
    }

    @Test
    void a_web_citation_has_no_source() {
        var cut = Citation.on(Citation.TargetType.COMMENT, "42", null, "https://example.org/a", "A page", 1000, null, null, 5,
                "Alice", NOW);
        assertThat(cut.sourceId()).isEmpty();
        assertThat(cut.url()).contains("https://example.org/a");
        assertThat(cut.commentId()).contains(42L);
    }

    @Test
    void a_citation_names_either_a_source_or_a_web_page() {
        assertThatThrownBy(() -> Citation.on(Citation.TargetType.ROUND, null, null, null, null, 1000, null, null, 5,
                "Alice", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Citation.on(Citation.TargetType.ROUND, null, 7L, "https://example.org", null, 1000,
                null, null, 5, "Alice", NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pages_count_from_one() {
        assertThatThrownBy(() -> Citation.on(Citation.TargetType.ROUND, null, 7L, null, null, 1000, null, 0, 5, "Alice", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_citation_on_a_question_or_an_update_targets_it_by_id() {
        var onQuestion = Citation.on(Citation.TargetType.QUESTION, "77", 7L, null, null, 1000, null, null, 5, "Alice",
                NOW);
        assertThat(onQuestion.targetType()).isEqualTo("question");
        assertThat(onQuestion.targetId()).isEqualTo("77");
        var onUpdate = Citation.on(Citation.TargetType.UPDATE, "88", null, "https://example.org/u", "U", 1000, null,
                null, 5, "Officer", NOW);
        assertThat(onUpdate.targetType()).isEqualTo("update");
        assertThat(onUpdate.targetId()).isEqualTo("88");
    }

    @Test
    void a_citation_that_is_not_confidential_is_readable_by_anyone() {
        var cut = Citation.on(Citation.TargetType.QUESTION, "77", 7L, null, null, 1000, null, null, 5, "Alice", NOW);
        assertThat(cut.isConfidential()).isFalse();
        assertThat(cut.isReadableBy(Optional.empty(), false)).isTrue();
        assertThat(cut.isReadableBy(Optional.of(9L), false)).isTrue();
    }

    @Test
    void a_confidential_citation_is_readable_only_by_staff_and_its_named_reader() {
        var cut = Citation.on(Citation.TargetType.QUESTION, "77", 7L, null, null, 1000, null, null, 6, "Officer", NOW)
                .confidentialTo(5);
        assertThat(cut.isConfidential()).isTrue();
        assertThat(cut.isReadableBy(Optional.empty(), false)).as("anonymous").isFalse();
        assertThat(cut.isReadableBy(Optional.of(9L), false)).as("another citizen").isFalse();
        assertThat(cut.isReadableBy(Optional.of(6L), false)).as("the citer alone is not the reader").isFalse();
        assertThat(cut.isReadableBy(Optional.of(5L), false)).as("the asker").isTrue();
        assertThat(cut.isReadableBy(Optional.of(9L), true)).as("staff").isTrue();
        assertThat(cut.isReadableBy(Optional.empty(), true)).isTrue();
    }
}
