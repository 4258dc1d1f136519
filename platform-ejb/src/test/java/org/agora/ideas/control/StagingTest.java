package org.agora.ideas.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.drafts.control.MarkdownBlocks;
import org.junit.jupiter.api.Test;

class StagingTest {

    static final List<Staging.Paragraph> VERSION = List.of(
            new Staging.Paragraph("p1", "# Parking"),
            new Staging.Paragraph("p2", "Thirty spaces are removed."),
            new Staging.Paragraph("p3", "- one\n- two"));

    @Test
    void staged_paragraphs_are_replaced_and_the_others_kept_in_order() {
        String md = Staging.apply(VERSION, Map.of("p2", "Twenty spaces are removed; ten stay for disabled drivers."));
        assertThat(MarkdownBlocks.split(md)).extracting(b -> b.markdown()).containsExactly("# Parking",
                "Twenty spaces are removed; ten stay for disabled drivers.", "- one\n- two");
    }

    @Test
    void an_amendment_may_split_a_paragraph_in_two() {
        String md = Staging.apply(VERSION, Map.of("p2", "Twenty spaces go.\n\nTen stay."));
        assertThat(MarkdownBlocks.split(md)).hasSize(4);
    }

    @Test
    void without_staged_amendments_the_version_comes_back_as_it_was() {
        String md = Staging.apply(VERSION, Map.of());
        assertThat(MarkdownBlocks.split(md)).extracting(b -> b.markdown())
                .containsExactly("# Parking", "Thirty spaces are removed.", "- one\n- two");
    }

    @Test
    void comparison_ignores_runs_of_white_space() {
        assertThat(Staging.squeeze("  Ten \n spaces\tstay ")).isEqualTo("Ten spaces stay");
        assertThat(Staging.squeeze(null)).isEmpty();
    }
}
