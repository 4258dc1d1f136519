package org.agora.moderation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentRefTest {

    @Test
    void the_same_item_always_has_the_same_case_key() {
        var first = new ContentRef("comment", 42, "text as flagged", "/rounds/1#c42", 7, 1);
        var later = new ContentRef("comment", 42, "text after an edit", "/rounds/1#c42", 7, 1);
        assertThat(first.key()).isEqualTo(later.key()).isEqualTo("comment:42");
    }

    @Test
    void snapshot_is_bounded_so_a_huge_post_cannot_bloat_the_queue() {
        var ref = new ContentRef("idea", 1, "x".repeat(ContentRef.MAX_SNAPSHOT + 500), "/ideas/1", 1, 1);
        assertThat(ref.snapshot()).hasSize(ContentRef.MAX_SNAPSHOT);
    }

    @Test
    void content_type_must_be_a_short_name() {
        assertThatThrownBy(() -> new ContentRef("Comment; DROP", 1, "", "/x", 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
