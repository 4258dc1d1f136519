package org.agora.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CitationTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void a_source_cited_from_a_comment_targets_the_comment() {
        var cut = Citation.ofSourceOnComment(7, 1000, 42, "  the passage ", 3, 5, "Alice", NOW);
        assertThat(cut.targetType()).isEqualTo("comment");
        assertThat(cut.targetId()).isEqualTo("42");
        assertThat(cut.commentId()).contains(42L);
        assertThat(cut.quote()).contains("the passage");
        assertThat(cut.url()).isEmpty();
    }

    @Test
    void a_source_cited_for_the_round_targets_the_round_and_a_blank_quote_is_none() {
        var cut = Citation.ofSourceOnRound(7, 1000, " ", null, 5, "Alice", NOW);
        assertThat(cut.targetType()).isEqualTo("round");
        assertThat(cut.targetId()).isEqualTo("1000");
        assertThat(cut.commentId()).isEmpty();
        assertThat(cut.quote()).isEmpty();
    }

    @Test
    void a_web_citation_has_no_source() {
        var cut = Citation.ofWebPageOnComment("https://example.org/a", "A page", 1000, 42, null, 5, "Alice", NOW);
        assertThat(cut.sourceId()).isEmpty();
        assertThat(cut.url()).contains("https://example.org/a");
    }

    @Test
    void pages_count_from_one() {
        assertThatThrownBy(() -> Citation.ofSourceOnRound(7, 1000, null, 0, 5, "Alice", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
